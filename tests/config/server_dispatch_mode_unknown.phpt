--TEST--
Configuration: Server set() dispatch_mode that Swoole does not have: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['dispatch_mode' => 99]);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
Warning: WServer\Server::set(): option "dispatch_mode" must be between 1 and 10, 99 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "dispatch_mode" must be between 1 and 10, 99 given
left: nothing
start -d: exit code 1
Warning: WServer\Server::set(): option "dispatch_mode" must be between 1 and 10, 99 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "dispatch_mode" must be between 1 and 10, 99 given
left: nothing
