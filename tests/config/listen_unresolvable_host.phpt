--TEST--
Configuration: a host name that does not resolve: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('tcp://nohostname-invalid:1');
WServer\Worker::runAll();
PHP);
?>
--EXPECTF--
start: exit code 1
WServer[app.php] cannot start: Worker "none": cannot resolve "nohostname-invalid": %s
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "none": cannot resolve "nohostname-invalid": %s
left: nothing
