--TEST--
Coroutine\Client in a worker: onMessage calls a Redis-like backend (another Worker of the app); a request waiting on a slow backend call does not hold up the others
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$backendPort = wserver_test_free_port();
$frontPort = wserver_test_free_port();
wserver_test_run(function (int $port) use ($backendPort) {
    // the backend: SET k v / GET k / BLOCK k (answers only once k is set), one line per reply
    $store = new WServer\Worker("text://127.0.0.1:$backendPort");
    $store->name = 'store';
    $data = [];
    $store->onMessage = function ($c, string $line) use (&$data) {
        $w = explode(' ', trim($line), 3);
        switch ($w[0]) {
            case 'SET':
                $data[$w[1]] = $w[2];
                $c->send('+OK');
                break;
            case 'GET':
                $c->send(isset($data[$w[1]]) ? '$' . $data[$w[1]] : '-nil');
                break;
            case 'BLOCK':
                while (!isset($data[$w[1]])) {
                    WServer\Coroutine::sleep(0.01);
                }
                $c->send('$' . $data[$w[1]]);
                break;
        }
    };
    // the front: each request opens a Client to the backend
    $front = new WServer\Worker("text://127.0.0.1:$port");
    $front->name = 'front';
    $front->count = 1;   // one process: only coroutines can explain the order below
    $front->onMessage = function ($c, string $line) use ($backendPort) {
        $cli = new WServer\Coroutine\Client(WSERVER_SOCK_TCP);
        if (!$cli->connect('127.0.0.1', $backendPort, 2)) {
            $c->send("connect failed: {$cli->errMsg}");
            return;
        }
        $cli->send("$line\n");
        $reply = $cli->recv(5);
        $cli->close();
        $c->send(trim($line) . ' => ' . trim($reply));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $a = wserver_test_connect($port);
    $b = wserver_test_connect($port);
    fwrite($a, "BLOCK k\n");          // waits in the backend until k is set
    usleep(100000);
    fwrite($b, "GET k\n");
    echo trim(wserver_test_line($b)), "\n";
    fwrite($b, "SET k v1\n");         // handled while A's request still waits on its backend call
    echo trim(wserver_test_line($b)), "\n";
    echo trim(wserver_test_line($a)), "\n";
    fwrite($b, "GET k\n");
    echo trim(wserver_test_line($b)), "\n";
}, ['port' => $frontPort, 'wait' => fn () => wserver_test_listening($frontPort) && wserver_test_listening($backendPort)]);
?>
--EXPECT--
GET k => -nil
SET k v1 => +OK
BLOCK k => $v1
GET k => $v1
