/**
 * The property engine: test cases draw bounded integers from a recorded choice sequence,
 * generators ({@link corosim.prop.Gen}) are pure functions of that sequence, a runner tries many
 * sequences from a printed seed, and a shrinker simplifies a failing sequence until no shortlex
 * smaller one still fails; imports no other layer.
 */
package corosim.prop;
