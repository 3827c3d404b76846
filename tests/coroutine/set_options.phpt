--TEST--
Coroutine::set(): socket_read_timeout / socket_timeout are the defaults of socket calls given no timeout (a recv from a silent peer ends with ETIMEDOUT; a call's own timeout still wins); getOptions() merges what was set; a bad value is a ValueError naming the option; swoole_async_set() under wserver.aliases=swoole
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Socket;

var_dump(Coroutine::getOptions());
Coroutine::set(['socket_read_timeout' => 0.05, 'max_coroutine' => 1000]);
Coroutine::set(['enable_deadlock_check' => false]);
var_dump(Coroutine::getOptions());
try {
    Coroutine::set(['socket_timeout' => 'soon']);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

// a peer that accepts and never answers
$server = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
WServer\Coroutine\run(function () use ($port) {
    $s = new Socket(AF_INET, SOCK_STREAM, 0);
    var_dump($s->connect('127.0.0.1', $port));
    var_dump($s->recv(), $s->errCode === SOCKET_ETIMEDOUT);
    Coroutine::set(['socket_timeout' => 5]);
    $start = microtime(true);
    var_dump($s->recv(1024, 0.05), $s->errCode === SOCKET_ETIMEDOUT);
    echo "own timeout won: ", microtime(true) - $start < 4 ? "yes" : "no", "\n";
});

require __DIR__ . '/../include/server.inc';
echo shell_exec(wserver_test_php() . ' -d wserver.aliases=swoole -r ' . escapeshellarg('swoole_async_set(["dns_cache_expire" => 60]); var_dump(Co::getOptions());') . ' 2>&1');
?>
--EXPECT--
NULL
array(3) {
  ["socket_read_timeout"]=>
  float(0.05)
  ["max_coroutine"]=>
  int(1000)
  ["enable_deadlock_check"]=>
  bool(false)
}
Coroutine option "socket_timeout" must be a number of seconds, string given
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
own timeout won: yes
array(1) {
  ["dns_cache_expire"]=>
  int(60)
}
