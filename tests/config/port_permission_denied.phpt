--TEST--
Configuration: a port below 1024 for a user that is not root: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--SKIPIF--
<?php
if (posix_geteuid() !== 0) die('skip needs root to switch to nobody');
if ((int) @file_get_contents('/proc/sys/net/ipv4/ip_unprivileged_port_start') <= 80) die('skip port 80 needs no privilege here');
if (getenv('WSERVER_TEST_VALGRIND')) die('skip valgrind follows the app into nobody, who cannot remove its vgdb files');
?>
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$n = posix_getpwnam('nobody');
posix_setgid($n['gid']);
posix_setuid($n['uid']);
$w = new WServer\Worker('text://127.0.0.1:80');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] failed to listen on text://127.0.0.1:80: Permission denied
left: nothing
start -d: exit code 1
WServer[app.php] failed to listen on text://127.0.0.1:80: Permission denied
left: nothing
