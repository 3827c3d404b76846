--TEST--
Configuration: a Server on a port another process listens on: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
// the port is found free by wserver_config_check(): hold the one it will use
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->on('receive', fn () => null);
$s->start();
PHP, busy: true);
?>
--EXPECT--
start: exit code 1
WServer[app.php] failed to listen on tcp://127.0.0.1:PORT: Address already in use
left: nothing
start -d: exit code 1
WServer[app.php] failed to listen on tcp://127.0.0.1:PORT: Address already in use
left: nothing
