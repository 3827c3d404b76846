--TEST--
wserver.aliases=swoole: Swoole's SWOOLE_TRACE_* flags exist with Swoole's values, and Co::set() takes them as trace_flags (Swoole prints traces only in its debug builds; wserver prints none)
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
var_dump(SWOOLE_TRACE_SERVER, SWOOLE_TRACE_HTTP2, SWOOLE_TRACE_CO_SSH2, SWOOLE_TRACE_THREAD, SWOOLE_TRACE_ALL === PHP_INT_MAX);
Co::set(['trace_flags' => SWOOLE_TRACE_HTTP2 | SWOOLE_TRACE_COROUTINE, 'log_level' => 0]);
var_dump(Co::getOptions()['trace_flags'] === (2048 | 33554432));
Co\run(function () {
    Co::sleep(0.001);
    echo "ran, no trace printed\n";
});
var_dump(defined('WSERVER_TRACE_HTTP2'));
?>
--EXPECT--
int(2)
int(2048)
int(137438953472)
int(1099511627776)
bool(true)
bool(true)
ran, no trace printed
bool(false)
