--TEST--
go() at the top of a script (Swoole's way): the coroutine starts at once, what suspends goes on when the script ends; Event::wait() runs the loop earlier; run() after it works; runAll() after a pending go() is refused; Swoole names under wserver.aliases
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$run = function (string $code, string $ini = '') use ($dir) {
    file_put_contents("$dir/s.php", "<?php\n$code");
    return shell_exec(wserver_test_php() . " $ini " . escapeshellarg("$dir/s.php") . ' 2>&1');
};
echo "-- at the end of the script\n", $run(<<<'PHP'
use WServer\Coroutine;
register_shutdown_function(fn () => print("a shutdown function registered before\n"));
WServer\go(function () { echo "a starts\n"; Coroutine::sleep(0.05); echo "a ends\n"; });
WServer\go(function () { echo "b starts\n"; Coroutine::sleep(0.01); echo "b ends\n"; });
WServer\go(fn () => throw new RuntimeException('c failed'));
echo "script ends\n";
PHP);
echo "-- Event::wait()\n", $run(<<<'PHP'
$ch = new WServer\Coroutine\Channel(1);
WServer\go(function () use ($ch) { WServer\Coroutine::sleep(0.01); $ch->push('pushed'); });
WServer\go(fn () => print($ch->pop(1) . "\n"));
WServer\Event::wait();
echo "after wait\n";
WServer\Coroutine\run(fn () => print("run() after it\n"));
PHP);
echo "-- runAll() after a pending go()\n", $run(<<<'PHP'
WServer\go(fn () => WServer\Coroutine::sleep(0.01));
new WServer\Worker('tcp://127.0.0.1:0');
WServer\Worker::$command = 'start';
WServer\Worker::runAll();
PHP);
echo "-- Swoole's names\n", $run(<<<'PHP'
go(function () { Co::sleep(0.01); echo "slept in ", Co::getCid(), "\n"; });
Swoole\Event::wait();
PHP, '-d wserver.aliases=swoole');
wserver_test_rmdir($dir);
?>
--EXPECTF--
-- at the end of the script
a starts
b starts
%A[coroutine 3] Uncaught%sRuntimeException: c failed%A
script ends
a shutdown function registered before
b ends
a ends
-- Event::wait()
pushed
after wait
run() after it
-- runAll() after a pending go()
WServer[s.php] a go() at the top of the script made a loop of its own: call WServer\Event::wait() before runAll(), or start coroutines in callbacks
-- Swoole's names
slept in 1
