--TEST--
Configuration: Server set() worker_num 0: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 0]);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
Warning: WServer\Server::set(): option "worker_num" must be between 1 and 4096, 0 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "worker_num" must be between 1 and 4096, 0 given
left: nothing
start -d: exit code 1
Warning: WServer\Server::set(): option "worker_num" must be between 1 and 4096, 0 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "worker_num" must be between 1 and 4096, 0 given
left: nothing
