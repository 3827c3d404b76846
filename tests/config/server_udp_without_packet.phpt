--TEST--
Configuration: a Server or a Port on a datagram socket (UDP, UNIX_DGRAM) without a packet callback: a fatal error naming it, as Swoole's ("require onPacket callback", exit code 255), nothing forked or left
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
start: exit code 255
Fatal error: WServer\Server::start(): require onPacket callback: nothing would handle what arrives on its datagram socket in DIR/app.php on line 7
left: nothing
start -d: exit code 255
Fatal error: WServer\Server::start(): require onPacket callback: nothing would handle what arrives on its datagram socket in DIR/app.php on line 7
left: nothing
start: exit code 255
Fatal error: WServer\Server::start(): require onPacket callback: nothing would handle what arrives on one of its addListener() datagram ports in DIR/app.php on line 8
left: nothing
start -d: exit code 255
Fatal error: WServer\Server::start(): require onPacket callback: nothing would handle what arrives on one of its addListener() datagram ports in DIR/app.php on line 8
left: nothing
