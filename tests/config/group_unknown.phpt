--TEST--
Configuration: a Server group that does not exist: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--SKIPIF--
<?php if (posix_geteuid() !== 0) die('skip needs root (a user is resolved only as root)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['user' => 'nobody', 'group' => 'no-such-group-wserver']);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: group "no-such-group-wserver" does not exist
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: group "no-such-group-wserver" does not exist
left: nothing
