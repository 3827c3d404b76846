--TEST--
Configuration: Server pid_file in a directory the user cannot write: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--SKIPIF--
<?php
if (posix_geteuid() !== 0) die('skip needs root to switch to nobody');
if (getenv('WSERVER_TEST_VALGRIND')) die('skip valgrind follows the app into nobody, who cannot remove its vgdb files');
?>
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
@mkdir(__DIR__ . '/ro', 0755);
$n = posix_getpwnam('nobody');
posix_setgid($n['gid']);
posix_setuid($n['uid']);
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['pid_file' => __DIR__ . '/ro/app.pid']);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: pid_file DIR/ro/app.pid cannot be written: Permission denied
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: pid_file DIR/ro/app.pid cannot be written: Permission denied
left: nothing
