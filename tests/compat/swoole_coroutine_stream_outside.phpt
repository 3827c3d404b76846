--TEST--
wserver.aliases=swoole: Co\run() turns every hook on for its run, as Swoole's library does (unless Co::set() chose hook_flags), and back after; a stream made in a coroutine is Swoole's coroutine socket: outside any coroutine (here in a shutdown function) a write with room goes out, a read is Swoole's fatal "API must be called in the coroutine" (Swoole\Error); a stream made outside coroutines blocks there as PHP's
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
echo 'hooks before run: ', Swoole\Runtime::getHookFlags(), "\n";
$accepted = [];
Co\run(function () use (&$server, &$port, &$accepted, &$made) {
    echo 'hooks in run: ', Swoole\Runtime::getHookFlags() & SWOOLE_HOOK_TCP ? 'tcp on' : 'tcp off', "\n";
    $server = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
    go(function () use ($server, &$accepted) {
        $accepted[] = stream_socket_accept($server, 5);
        $accepted[] = stream_socket_accept($server, 5);
    });
    $made = [stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5),
        stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5)];
    Co::sleep(0.05);
});
echo 'hooks after run: ', Swoole\Runtime::getHookFlags(), "\n";

echo "-- a stream made outside coroutines, hooks on: PHP's own, it blocks\n";
Swoole\Runtime::enableCoroutine(SWOOLE_HOOK_ALL);
$plain = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
$peer = stream_socket_accept($server, 5);
stream_set_timeout($plain, 0, 200000);
var_dump(fread($plain, 10), stream_get_meta_data($plain)['timed_out']);

register_shutdown_function(function () use ($made) {
    echo "-- shutdown: a stream made in a coroutine\n";
    echo 'a write with room goes out: ', fwrite($made[1], "ping\n"), "\n";
    fgets($made[1]);
    echo "never here\n";
});
echo "end of script\n";
?>
--EXPECTF--
hooks before run: 0
hooks in run: tcp on
hooks after run: 0
-- a stream made outside coroutines, hooks on: PHP's own, it blocks
bool(false)
bool(true)
end of script
-- shutdown: a stream made in a coroutine
a write with room goes out: 5

Fatal error: Uncaught Swoole\Error: API must be called in the coroutine in %s:%d
Stack trace:
#0 %s(%d): fgets(Resource id #%d)
#1 [internal function]: {closure}()
#2 {main}
  thrown in %s on line %d
