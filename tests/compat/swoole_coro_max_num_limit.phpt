--TEST--
wserver.aliases=swoole: SWOOLE_CORO_MAX_NUM_LIMIT (WSERVER_CORO_MAX_NUM_LIMIT) is PHP_INT_MAX, as Swoole's
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
var_dump(SWOOLE_CORO_MAX_NUM_LIMIT === PHP_INT_MAX, WSERVER_CORO_MAX_NUM_LIMIT === PHP_INT_MAX);
?>
--EXPECT--
bool(true)
bool(true)
