--TEST--
Configuration: Server set() heartbeat_check_interval negative: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['heartbeat_check_interval' => -1.5]);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
Warning: WServer\Server::set(): option "heartbeat_check_interval" must be between 0 and 86400, -1.5 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "heartbeat_check_interval" must be between 0 and 86400, -1.5 given
left: nothing
start -d: exit code 1
Warning: WServer\Server::set(): option "heartbeat_check_interval" must be between 0 and 86400, -1.5 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "heartbeat_check_interval" must be between 0 and 86400, -1.5 given
left: nothing
