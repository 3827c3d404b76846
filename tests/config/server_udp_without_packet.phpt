--TEST--
Configuration: a Server or a Port on a datagram socket (UDP, UNIX_DGRAM) without a packet callback (Swoole's "require onPacket callback"): a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT}, WSERVER_BASE, WSERVER_SOCK_UDP);
$s->on('receive', fn () => null);
$s->start();
PHP);
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->on('receive', fn () => null);
$s->addListener('127.0.0.1', 0, WSERVER_SOCK_UDP);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: WServer\Server: a datagram socket needs a "packet" callback
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Server: a datagram socket needs a "packet" callback
left: nothing
start: exit code 1
WServer[app.php] cannot start: WServer\Server::addListener(): a datagram socket needs a "packet" callback (its own or the server's)
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: WServer\Server::addListener(): a datagram socket needs a "packet" callback (its own or the server's)
left: nothing
