--TEST--
Configuration: Server set() max_request -5: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Http\Server('127.0.0.1', {PORT});
$s->set(['max_request' => -5]);
$s->on('request', fn ($req, $res) => $res->end('x'));
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
Warning: WServer\Server::set(): option "max_request" must be between 0 and 1000000000000000, -5 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Http\Server::set(): option "max_request" must be between 0 and 1000000000000000, -5 given
left: nothing
start -d: exit code 1
Warning: WServer\Server::set(): option "max_request" must be between 0 and 1000000000000000, -5 given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Http\Server::set(): option "max_request" must be between 0 and 1000000000000000, -5 given
left: nothing
