--TEST--
CLI: no command or an unknown one prints the usage and exits 1
--EXTENSIONS--
wserver
pcntl
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
wserver_test_app($dir, 1, "new WServer\\Worker('text://127.0.0.1:1');\nWServer\\Worker::runAll();\n");
try {
    foreach (['', 'bogus', 'start -x', 'stop -d'] as $args) {
        [$code, $out] = wserver_test_cli($dir, $args);
        echo "[$args] exit code $code\n", strtok($out, "\n"), "\n";
    }
    [$code, $out] = wserver_test_cli($dir, '');
    echo $out;
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
[] exit code 1
Usage: php app.php <command> [mode]
[bogus] exit code 1
WServer[app.php] unknown command "bogus"
[start -x] exit code 1
WServer[app.php] unknown option "-x" for start
[stop -d] exit code 1
WServer[app.php] unknown option "-d" for stop
Usage: php app.php <command> [mode]
Commands:
  start        Start in the foreground. -d: start as a daemon
  stop         Stop. -g: graceful stop (finish requests first)
  restart      Stop, then start. -d and -g as above
  reload       Replace the workers. -g: graceful reload
  status       Show the status. -d: refresh every second, --json: as JSON
  connections  List the open connections
