--TEST--
Configuration: a Worker's $staticHandler with a document_root that is no directory, or a list that is no array: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('http://127.0.0.1:{PORT}');
$w->staticHandler = ['document_root' => '/nonexistent-wserver-root'];
WServer\Worker::runAll();
PHP);
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('http://127.0.0.1:{PORT}');
$w->name = 'web';
$w->staticHandler = ['document_root' => __DIR__, 'static_handler_locations' => '/static'];
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "none": staticHandler: option "document_root": /nonexistent-wserver-root is not a directory
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "none": staticHandler: option "document_root": /nonexistent-wserver-root is not a directory
left: nothing
start: exit code 1
WServer[app.php] cannot start: Worker "web": staticHandler: option "static_handler_locations" must be array, string given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "web": staticHandler: option "static_handler_locations" must be array, string given
left: nothing