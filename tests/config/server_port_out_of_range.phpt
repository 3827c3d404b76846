--TEST--
Configuration: new Server() with a port out of range: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', 70000);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: WServer\Server: invalid port in "tcp://127.0.0.1:70000"
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Server: invalid port in "tcp://127.0.0.1:70000"
left: nothing
