--TEST--
wserver.aliases=swoole: a script written for Swoole (Co\run, go(), Swoole\Coroutine\go, Co::, chan, SWOOLE_* constants) runs unchanged
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
use Swoole\Coroutine;
use Swoole\Coroutine\Channel;
use function Swoole\Coroutine\run;

echo 'constants: ', implode(' ', [SWOOLE_BASE, SWOOLE_PROCESS, SWOOLE_SOCK_TCP, SWOOLE_TCP, SWOOLE_SOCK_UDP,
    SWOOLE_UDP6, SWOOLE_SOCK_SYNC, SWOOLE_KEEP, SWOOLE_CHANNEL_TIMEOUT, SWOOLE_WEBSOCKET_OPCODE_PING]), "\n";
Co\run(function () {
    $chan = new chan(1);
    go(function () use ($chan) {
        Co::sleep(0.01);
        $chan->push('from go() in ' . get_class(new Channel(1)));
    });
    Swoole\Coroutine\go(fn () => print("Swoole\\Coroutine\\go runs at once\n"));
    echo $chan->pop(1.0), "\n";
    echo 'in coroutine ', Coroutine::getCid() > 0 ? 'yes' : 'no', "\n";
});
run(fn () => print("Swoole\\Coroutine\\run too\n"));
PHP);
$cmd = wserver_test_php() . ' -d wserver.aliases=swoole ' . escapeshellarg("$dir/app.php") . ' 2>&1';
echo shell_exec($cmd);
wserver_test_rmdir($dir);
?>
--EXPECT--
constants: 1 2 1 1 2 4 0 4096 -1 9
Swoole\Coroutine\go runs at once
from go() in Swoole\Coroutine\Channel
in coroutine yes
Swoole\Coroutine\run too
