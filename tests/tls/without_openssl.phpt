--TEST--
TLS in a build without OpenSSL (--without-wserver-openssl): php --ri says so, an ssl listen (Worker $transport = 'ssl', Server WSERVER_SSL) stops start with one line and exit code 1, the clients (Coroutine\Client, Client) fail with a clear error; runs only in such a build
--EXTENSIONS--
wserver
--SKIPIF--
<?php
ob_start();
phpinfo(INFO_MODULES);
if (!str_contains(ob_get_clean(), 'built without (--without-wserver-openssl)')) die('skip wserver has OpenSSL');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$php = wserver_test_php();
exec("$php --ri wserver", $out);
echo preg_grep('/OpenSSL/', $out) ? implode("\n", preg_grep('/OpenSSL/', $out)) : 'no OpenSSL line', "\n";
$apps = [
    'worker' => '$w = new WServer\Worker("text://127.0.0.1:0", ["ssl" => ["local_cert" => "/x.pem"]]);
        $w->transport = "ssl";
        WServer\Worker::$pidFile = __DIR__ . "/w.pid";
        WServer\Worker::$logFile = __DIR__ . "/w.log";
        WServer\Worker::$command = "start";
        WServer\Worker::runAll();',
    'server' => '$s = new WServer\Server("127.0.0.1", 0, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);
        $s->set(["worker_num" => 1, "ssl_cert_file" => "/x.pem", "ssl_key_file" => "/x.key", "pid_file" => __DIR__ . "/s.pid"]);
        $s->on("receive", function () {});
        $s->start();',
];
foreach ($apps as $name => $body) {
    file_put_contents("$dir/$name.php", "<?php\n$body\n");
    exec("timeout 30 $php $dir/$name.php 2>&1", $lines, $rc);
    echo "$name: exit $rc: ", preg_replace('/^\S+ /', '', end($lines)), "\n";
    $lines = [];
}
WServer\Coroutine\run(function () {
    $c = new WServer\Coroutine\Client(WSERVER_SOCK_TCP | WSERVER_SSL);
    var_dump($c->connect('127.0.0.1', 9, 1), $c->errMsg);
    $c = new WServer\Client(WSERVER_SOCK_TCP | WSERVER_SSL);
    var_dump(@$c->connect('127.0.0.1', 9, 1), $c->errMsg);
});
wserver_test_rmdir($dir);
?>
--EXPECT--
OpenSSL version => built without (--without-wserver-openssl)
worker: exit 1: cannot start: Worker "none": transport ssl: wserver was built without OpenSSL (--without-wserver-openssl)
server: exit 1: cannot start: WServer\Server: WSERVER_SSL: wserver was built without OpenSSL (--without-wserver-openssl)
bool(false)
string(83) "SSL is not available: wserver was built without OpenSSL (--without-wserver-openssl)"
bool(false)
string(83) "SSL is not available: wserver was built without OpenSSL (--without-wserver-openssl)"
