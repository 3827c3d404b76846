--TEST--
Process::signal(): handlers run in a coroutine on the script's loop (run(), or the one made by a top-level go()); null removes one; alarm() sends SIGALRM
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Process;
use function WServer\go;

WServer\Coroutine\run(function () {
    $got = [];
    var_dump(Process::signal(SIGUSR1, function (int $signo) use (&$got) {
        $got[] = "USR1 in coroutine " . (Coroutine::getCid() > 0 ? 'yes' : 'no');
    }));
    Process::kill(getmypid(), SIGUSR1);
    for ($i = 0; $i < 100 && !$got; $i++) {
        Coroutine::sleep(0.01);
    }
    echo implode("\n", $got), "\n";
    var_dump(Process::signal(SIGUSR1, null));

    $n = 0;
    Process::signal(SIGALRM, function () use (&$n) {
        if (++$n === 3) {
            Process::alarm(0);
        }
    });
    Process::alarm(10000); // every 10 ms
    for ($i = 0; $i < 300 && $n < 3; $i++) {
        Coroutine::sleep(0.01);
    }
    echo "alarms: $n\n";
    Process::signal(SIGALRM, null);
});

var_dump(Process::signal(SIGUSR1, null), Process::signal(0, fn () => 1), Process::signal(SIGKILL, fn () => 1));

// as Swoole's own test: a SIGCHLD handler at the top of the script reaps the child
$p = new Process(function () { usleep(100000); }, false, Process::PIPE_TYPE_NONE);
$p->start();
Process::signal(SIGCHLD, function () {
    while ($w = Process::wait(false)) {
        echo "reaped with code {$w['code']}\n";
    }
    Process::signal(SIGCHLD, null);
});
go(function () {
    Coroutine::sleep(0.5);
    echo "END\n";
});
?>
--EXPECTF--
bool(true)
USR1 in coroutine yes
bool(true)
alarms: 3

Warning: WServer\Process::signal(): unable to find the callback of signal [10] in %s on line %d

Warning: WServer\Process::signal(): invalid signal number [0] in %s on line %d

Warning: WServer\Process::signal(): invalid signal number [9] in %s on line %d
bool(false)
bool(false)
bool(false)
reaped with code 0
END
