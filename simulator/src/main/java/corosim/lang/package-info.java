/** Source text to syntax tree: tokens, lexer, parser, AST, source spans and diagnostics; imports no other layer. */
package corosim.lang;
