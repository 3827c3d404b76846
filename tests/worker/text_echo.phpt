--TEST--
Worker: text protocol echoes one line per message, split and joined packets alike
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = fn ($c, string $line) => $c->send("echo:$line");
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "hi\n");
    echo wserver_test_line($c);
    fwrite($c, "two\r\nthree\nfo");   // two messages and a partial one in one packet
    echo wserver_test_line($c), wserver_test_line($c);
    usleep(50000);
    fwrite($c, "ur\n");
    echo wserver_test_line($c);
});
?>
--EXPECT--
echo:hi
echo:two
echo:three
echo:four
