--TEST--
Configuration: an invalid port in the listen address: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('http://127.0.0.1:99999');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "none": invalid port in "http://127.0.0.1:99999"
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "none": invalid port in "http://127.0.0.1:99999"
left: nothing
