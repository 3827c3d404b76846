--TEST--
Configuration: a callback naming a method of a class not loaded yet is not autoloaded by the start check (the workers load it, so a reload replaces it)
--EXTENSIONS--
wserver
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
file_put_contents("$dir/Events.php", <<<'PHP'
<?php
class Events
{
    public static function onMessage($c, $d)
    {
        $c->send("events:$d:" . getmypid());
    }
}
PHP);
wserver_test_app($dir, $port, <<<'PHP'
spl_autoload_register(function ($class) {
    if (is_file($file = __DIR__ . "/$class.php")) {
        file_put_contents(__DIR__ . '/autoloads', "$class in " . getmypid() . "\n", FILE_APPEND);
        require $file;
    }
});
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = ['Events', 'onMessage'];
WServer\Worker::runAll();
PHP);
try {
    [$code, $out] = wserver_test_cli($dir, 'start -d');
    echo "start -d: $code\n";
    $c = wserver_test_connect($port);
    fwrite($c, "hi\n");
    $line = trim((string) wserver_test_line($c)); // events:hi:<worker pid>
    $worker = (int) substr(strrchr($line, ':'), 1);
    echo 'reply: ', substr($line, 0, strrpos($line, ':')), "\n";
    // loaded in the master before the fork, the workers would never autoload it
    echo 'autoloads: ', str_replace(" in $worker", ' in the worker that answered', file_get_contents("$dir/autoloads"));
    fclose($c);
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start -d: 0
reply: events:hi
autoloads: Events in the worker that answered
stop: 0
