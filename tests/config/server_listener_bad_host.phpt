--TEST--
Configuration: Server addListener() on a host that is no address: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->addListener('nohostname-invalid', 9502);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECTF--
start: exit code 1
WServer[app.php] cannot start: WServer\Server::addListener(): cannot resolve "nohostname-invalid": %s
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Server::addListener(): cannot resolve "nohostname-invalid": %s
left: nothing
