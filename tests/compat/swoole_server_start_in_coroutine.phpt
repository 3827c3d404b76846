--TEST--
wserver.aliases=swoole: Server::start() in a script's coroutine warns as Swoole ("The event-loop has already been created") and returns false; the script goes on
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
go(function () {
    $server = new Swoole\Server('127.0.0.1', 0, SWOOLE_PROCESS);
    $server->on('receive', function () {});
    var_dump($server->start());
});
echo "script goes on\n";
?>
--EXPECTF--
Warning: Swoole\Server::start(): The event-loop has already been created, unable to start Swoole\Server in %s on line %d
bool(false)
script goes on
