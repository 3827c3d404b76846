--TEST--
Configuration: an Http\Server on a UDP socket: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Http\Server('127.0.0.1', {PORT}, WSERVER_BASE, WSERVER_SOCK_UDP);
$s->on('request', fn ($req, $res) => $res->end('x'));
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: WServer\Http\Server: a http server cannot run over UDP
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Http\Server: a http server cannot run over UDP
left: nothing
