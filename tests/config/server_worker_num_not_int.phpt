--TEST--
Configuration: Server set() worker_num that is not a number (set() warns at the call): a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 'four']);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
Warning: WServer\Server::set(): option "worker_num" must be int, string given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "worker_num" must be int, string given
left: nothing
start -d: exit code 1
Warning: WServer\Server::set(): option "worker_num" must be int, string given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Server::set(): option "worker_num" must be int, string given
left: nothing
