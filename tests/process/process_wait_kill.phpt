--TEST--
Process: wait() reports exit codes and signals; kill() signals, kill($pid, 0) checks, errno() says why it failed
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Process;

$cases = [
    'return' => function () {},
    'exit(7)' => function () { exit(7); },
    '$p->exit(9)' => function (Process $p) { $p->exit(9); echo "never here\n"; },
    'self SIGTERM' => function () { Process::kill(getmypid(), SIGTERM); sleep(10); },
    'exception' => function () { throw new RuntimeException("from the child"); },
];
foreach ($cases as $what => $fn) {
    $p = new Process($fn, false, Process::PIPE_TYPE_NONE);
    $pid = $p->start();
    $w = Process::wait(true);
    echo "$what: same pid ", var_export($w['pid'] === $pid, true), ", code {$w['code']}, signal {$w['signal']}\n";
}
echo "after the children: only the parent goes on\n";

$p = new Process(function () { sleep(30); }, false, Process::PIPE_TYPE_NONE);
$pid = $p->start();
var_dump(Process::wait(false), Process::kill($pid, 0));
var_dump(Process::kill($pid, SIGKILL));
$w = Process::wait();
echo "killed: signal {$w['signal']}\n";
var_dump(Process::kill($pid, 0), WServer\errno() === 3 /* ESRCH */);
var_dump(Process::wait(), WServer\errno() === 10 /* ECHILD */);
var_dump(Process::kill($pid));
$p->exit(1); // in the parent: refused
foreach ([[PHP_INT_MAX, 0], [getmypid(), 99]] as [$pid, $sig]) {
    try {
        Process::kill($pid, $sig);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
return: same pid true, code 0, signal 0
exit(7): same pid true, code 7, signal 0
$p->exit(9): same pid true, code 9, signal 0
self SIGTERM: same pid true, code 0, signal 15

Fatal error: Uncaught RuntimeException: from the child in %s:%d
Stack trace:
#0 [internal function]: {closure}(Object(WServer\Process))
#1 %s(%d): WServer\Process->start()
#2 {main}
  thrown in %s on line %d
exception: same pid true, code 255, signal 0
after the children: only the parent goes on
bool(false)
bool(true)
bool(true)
killed: signal 9
bool(false)
bool(true)
bool(false)
bool(true)

Warning: WServer\Process::kill(): kill(%d, 15) failed: No such process in %s on line %d
bool(false)

Warning: WServer\Process::exit(): not current process in %s on line %d
WServer\Process::kill(): Argument #1 ($pid) must be a process id, 9223372036854775807 given
WServer\Process::kill(): Argument #2 ($signal_no) must be a signal number (0 to %d), 99 given
