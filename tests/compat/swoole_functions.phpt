--TEST--
Swoole's plain functions (WServer\ names; swoole_* under wserver.aliases=swoole): version, strerror, error_log/_ex with ignore_error into async_set's log_file, set_process_name, local ip/mac, hashcode, substr_unserialize/json_decode, mime types (a changed one is what a sent file gets), SWOOLE_VERSION* and error codes
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
echo "version: ", WServer\swoole_api_version(), "\n";
echo "strerror: ", implode(' | ', [WServer\strerror(104), WServer\strerror(-4, WSERVER_STRERROR_GAI),
    WServer\strerror(2, WSERVER_STRERROR_DNS), WServer\strerror(WSERVER_ERROR_FILE_NOT_EXIST),
    WServer\strerror(WSERVER_ERROR_CO_CANCELED), WServer\strerror(10019 + 1, WSERVER_STRERROR_SWOOLE)]), "\n";
// Jenkins' one-at-a-time of "a" is 0xca2e9442; type 0 is PHP's own string hash
echo "hashcode: ", dechex(WServer\hashcode('a', 1)), ' ', json_encode(WServer\hashcode('a') === WServer\hashcode('a')),
    ' ', json_encode(WServer\hashcode('a') !== WServer\hashcode('b')), ' ', json_encode(WServer\hashcode('a', 7)), "\n";

$ips = WServer\get_local_ip();
echo "local ip: ", json_encode(is_array($ips) && array_filter($ips, fn ($ip) => filter_var($ip, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4) && !str_starts_with($ip, '127.')) === $ips), "\n";
$macs = WServer\get_local_mac();
echo "local mac: ", json_encode(is_array($macs) && array_filter($macs, fn ($m) => preg_match('/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/', $m)) === $macs), "\n";

$a = ['hello' => str_repeat('x', 100), 'list' => [1, 'b']];
$s = pack('N', 1) . serialize($a) . "\r\n";
$j = pack('N', 1) . json_encode($a) . "\r\n";
$len = strlen($s) - 6;
echo "substr_unserialize: ", json_encode([WServer\substr_unserialize($s, 4, $len) === $a, WServer\substr_unserialize($s, -strlen($s) + 4, $len) === $a,
    @WServer\substr_unserialize($s, 0), WServer\substr_unserialize($s, strlen($s)), WServer\substr_unserialize($s, -strlen($s) - 1)]), "\n";
echo "substr_json_decode: ", json_encode([WServer\substr_json_decode($j, 4, 0, true) === $a, is_object(WServer\substr_json_decode($j, 4, strlen($j) - 6)),
    @WServer\substr_json_decode($j, 0, -1, true), @WServer\substr_json_decode('', 0)]), "\n";

echo "mime: ", json_encode([WServer\mime_type_get('a/b.png'), WServer\mime_type_get('png'), WServer\mime_type_exists('x.moc'),
    WServer\mime_type_add('moc', 'application/x-mocha'), WServer\mime_type_add('moc', 'text/other'), WServer\mime_type_get('x.MOC'),
    WServer\mime_type_delete('png'), WServer\mime_type_delete('png'), WServer\mime_type_get('a.png'), WServer\mime_type_list()['moc']]), "\n";
WServer\mime_type_set('txt', 'text/x-set');
WServer\clear_dns_cache();

// the log: swoole_async_set's log_file; levels below log_level and ignored codes stay out
WServer\async_set(['log_file' => "$dir/log", 'log_level' => WSERVER_LOG_NOTICE]);
WServer\error_log(WSERVER_LOG_NOTICE, 'hello 1');
WServer\error_log(WSERVER_LOG_INFO, 'below the level');
WServer\error_log_ex(WSERVER_LOG_WARNING, 888888, 'hello 2');
WServer\ignore_error(999999);
WServer\error_log_ex(WSERVER_LOG_ERROR, 999999, 'hello 3');
echo preg_replace('/^\S+ \S+ pid:\d+ /m', '', file_get_contents("$dir/log"));
echo "last error: ", WServer\last_error(), ' ';
WServer\clear_error();
echo WServer\last_error(), "\n";

echo "set_process_name: ", json_encode(WServer\set_process_name('wserver-test-name')), ' ',
    trim(file_get_contents('/proc/self/cmdline'), "\0"), "\n";

// what a sent file's Content-Type comes from: the changed table, inherited by the workers
file_put_contents("$dir/a.moc", 'mocha');
file_put_contents("$dir/b.txt", 'text');
wserver_test_run(function (int $port) use ($dir) {
    $server = new WServer\Http\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('Request', fn ($req, $resp) => $resp->sendfile($dir . $req->server['request_uri']));
    $server->start();
}, function (int $port) {
    foreach (['/a.moc', '/b.txt'] as $path) {
        $c = wserver_test_connect($port);
        fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        preg_match('/^Content-Type: (.*?)\r$/mi', stream_get_contents($c), $m);
        echo "$path: ", $m[1] ?? 'no type', "\n";
    }
});

$out = shell_exec(wserver_test_php() . ' -d wserver.aliases=swoole -r ' . escapeshellarg(
    'echo swoole_version() === SWOOLE_VERSION && SWOOLE_VERSION_ID === SWOOLE_MAJOR_VERSION * 10000 + SWOOLE_MINOR_VERSION * 100 + SWOOLE_RELEASE_VERSION ? "same" : "differs", " ",
      SWOOLE_ERROR_FILE_NOT_EXIST, " ", SWOOLE_STRERROR_SWOOLE, " ", SWOOLE_EVENT_READ | SWOOLE_EVENT_WRITE, " ", SWOOLE_LOG_ERROR, " ",
      swoole_strerror(SWOOLE_ERROR_CO_TIMEDOUT), " ", swoole_mime_type_get("a.json"), " ", swoole_hashcode("a", 1), "\n";') . ' 2>&1');
echo "swoole names: $out";
wserver_test_rmdir($dir);
?>
--EXPECT--
version: 6.2.1
strerror: Connection reset by peer | Non-recoverable failure in name resolution | Host name lookup failure | File not exist | Coroutine canceled | Unknown error 10020
hashcode: ca2e9442 true true false
local ip: true
local mac: true
substr_unserialize: [true,true,false,false,false]
substr_json_decode: [true,true,null,null]
mime: ["image\/png","image\/png",false,true,false,"application\/x-mocha",true,false,"application\/octet-stream","application\/x-mocha"]
NOTICE	hello 1
WARNING	(ERRNO 888888): hello 2
last error: 999999 0
set_process_name: true wserver-test-name
/a.moc: application/x-mocha
/b.txt: text/x-set
swoole names: same 700 9 1536 5 Coroutine timedout application/json 3392050242
