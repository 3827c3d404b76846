--TEST--
Process: a child started after a top-level signal() (whose loop runs at the end of the script) starts without the parent's handlers and makes its own loop; the parent's still work
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Process;
use function WServer\go;

Process::signal(SIGUSR2, function () { echo "parent: USR2 handled\n"; });

// the parent's handler is not the child's: SIGUSR2 ends it with the default action
$p = new Process(function (Process $p) {
    $p->write("ready");
    sleep(10);
}, false, Process::PIPE_TYPE_DGRAM);
$pid = $p->start();
$p->read();
Process::kill($pid, SIGUSR2);
echo "child without handlers: signal ", Process::wait()['signal'], "\n";

// a child's own handler and coroutines, on the loop it runs at its end
$p = new Process(function (Process $p) {
    Process::signal(SIGUSR1, function () use ($p) {
        $p->write("child: USR1 handled");
        Process::signal(SIGUSR1, null);
    });
    go(function () use ($p) {
        $p->write("ready");
        Coroutine::sleep(0.2);
        $p->write("child: go() done");
    });
}, false, Process::PIPE_TYPE_DGRAM);
$pid = $p->start();
$p->read();
Process::kill($pid, SIGUSR1);
echo $p->read(), "\n", $p->read(), "\n";
echo "child code ", Process::wait()['code'], "\n";

go(function () {
    Process::kill(getmypid(), SIGUSR2);
    Coroutine::sleep(0.1);
    echo "parent: go() done\n";
});
?>
--EXPECT--
child without handlers: signal 12
child: USR1 handled
child: go() done
child code 0
parent: USR2 handled
parent: go() done
