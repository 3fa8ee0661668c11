package corosim.vm;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** ExceptionGroup and except*, with their tracebacks, compared with CPython's. */
class ExceptionGroupTest {
  @TestFactory
  Stream<DynamicTest> exceptionGroups_behaveAsInCPython() {
    return Reference.agree(Reference.programs(
        "construction_checksAndMessages", """
            eg = ExceptionGroup('m', [ValueError(1), TypeError(2)])
            print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
            print(type(BaseExceptionGroup('m', [ValueError()])).__name__,
                  type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
            for args in [('m', []), ('m', 5), (5, [ValueError()]), ('m', [1]), ('m',),
                         ('m', [KeyboardInterrupt()])]:
                try:
                    ExceptionGroup(*args)
                except Exception as e:
                    print(type(e).__name__, e)
            """,
        "splitSubgroupDerive_keepMetadata", """
            class MyEG(ExceptionGroup):
                def derive(self, excs): return MyEG(self.message.upper(), excs)
            try:
                try:
                    raise KeyError('ctx')
                except KeyError:
                    raise MyEG('top', [ValueError(1), ExceptionGroup('in', [ValueError(2), OSError(3)])])
            except MyEG as e:
                eg = e
            eg.add_note('a note')
            match, rest = eg.split(ValueError)
            print(repr(match), repr(rest), type(match).__name__)
            print(repr(match.__context__), match.__notes__, match.__notes__ is eg.__notes__)
            print(eg.subgroup(lambda e: isinstance(e, OSError)), eg.subgroup(TypeError))
            print(eg.split(BaseException)[0] is eg)
            try:
                eg.split('x')
            except TypeError as e:
                print(e)
            """,
        "exceptStar_handlersRestAndReraise", """
            def f():
                try:
                    raise ExceptionGroup('all', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3), KeyError(4)])])
                except* ValueError as ve:
                    print('values', repr(ve))
                except* TypeError:
                    print('types')
                    raise
            try:
                f()
            except ExceptionGroup as e:
                print('left', repr(e))
            """,
        "exceptStar_newExceptionsAndNakedOnes", """
            try:
                try:
                    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
                except* ValueError:
                    raise RuntimeError('handler')
            except ExceptionGroup as e:
                print(repr(e), repr(e.exceptions[0].__context__))
            try:
                raise OSError('naked')
            except* OSError as e:
                print(repr(e), type(e).__name__)
            try:
                try:
                    raise ValueError('v')
                except* TypeError:
                    pass
            except ValueError as e:
                print('naked and unmatched stays naked', repr(e))
            try:
                try:
                    raise ValueError()
                except* ExceptionGroup:
                    pass
            except TypeError as e:
                print(e)
            """,
        "uncaughtGroup_traceback", """
            def worker(n):
                raise ValueError(f'bad {n}')
            errors = []
            for n in range(2):
                try:
                    worker(n)
                except ValueError as e:
                    errors.append(e)
            errors[1].add_note('second')
            raise ExceptionGroup('workers', errors + [ExceptionGroup('inner', [KeyError('k')])])
            """,
        "uncaughtRestOfExceptStar_traceback", """
            try:
                raise ExceptionGroup('g', [ValueError(1), OSError(2)])
            except* ValueError:
                pass
            """));
  }
}
