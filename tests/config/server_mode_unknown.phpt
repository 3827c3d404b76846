--TEST--
Configuration: new Server() with a mode that does not exist: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT}, 7);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: WServer\Server: the mode must be WSERVER_BASE or WSERVER_PROCESS, 7 given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Server: the mode must be WSERVER_BASE or WSERVER_PROCESS, 7 given
left: nothing
