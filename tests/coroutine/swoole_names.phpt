--TEST--
wserver.aliases=swoole: Coroutine\System, Co::readFile and kin, defer(), Co\defer, swoole_last_error() with SWOOLE_ERROR_*, SOCKET_ECANCELED, swoole_async_dns_lookup_coro(), the swoole_event_* functions with Event::write(), a user class extending Channel
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
use Swoole\Coroutine;
use Swoole\Coroutine\System;

class MyChan extends Swoole\Coroutine\Channel {}

Co\run(function () {
    defer(fn () => print("defer() ran last\n"));
    Co\defer(fn () => print("Co\\defer() ran first\n"));
    var_dump(System::readFile(__FILE__) === Co::readFile(__FILE__), (new ReflectionClass('Co\System'))->getName());
    var_dump(swoole_async_dns_lookup_coro('localhost'), Co::gethostbyname('localhost'));
    var_dump(Coroutine::join([]), swoole_last_error() === SWOOLE_ERROR_INVALID_PARAMS);
    var_dump(Co::cancel(12345), swoole_last_error() === SWOOLE_ERROR_CO_NOT_EXISTS);
    var_dump(SOCKET_ECANCELED === Swoole\Coroutine\Socket::ECANCELED);
    $c = new MyChan(2);
    $c->push(1);
    var_dump($c->stats()['queue_num'], get_parent_class($c));
    var_dump(iterator_to_array(Co::listCoroutines()) === [Co::getuid()]);
});

[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
stream_set_blocking($b, false);
$got = '';
$size = (1 << 20) + 3;
swoole_event_add($b, function ($s) use (&$got, $b, $a, $size) {
    $got .= fread($s, 65536);
    if (strlen($got) >= $size) {
        echo 'read ', strlen($got), ' bytes, in order: ', var_export(str_ends_with($got, 'end') && $got[0] === 'x', true), "\n";
        swoole_event_del($b);
        swoole_event_del($a);
    }
});
swoole_event_add($a, fn () => null);
var_dump(swoole_event_isset($a), swoole_event_write($a, str_repeat('x', 1 << 20)), swoole_event_write($a, 'end'));
swoole_event_defer(fn () => print("swoole_event_defer ran\n"));
swoole_event_wait();
echo "done\n";
PHP);
$cmd = wserver_test_php() . ' -d wserver.aliases=swoole ' . escapeshellarg("$dir/app.php") . ' 2>&1';
echo shell_exec("timeout 20 $cmd");
wserver_test_rmdir($dir);
?>
--EXPECT--
bool(true)
string(23) "Swoole\Coroutine\System"
string(9) "127.0.0.1"
string(9) "127.0.0.1"
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
int(1)
string(24) "Swoole\Coroutine\Channel"
bool(true)
Co\defer() ran first
defer() ran last
bool(true)
bool(true)
bool(true)
swoole_event_defer ran
read 1048579 bytes, in order: true
done
