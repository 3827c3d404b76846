--TEST--
Server with several UDP sockets (addListener): packet's $clientInfo['server_socket'] names the socket the datagram came to, and sendto() with it answers from that socket (a connected client takes answers from it only); an unknown server_socket is false, as in Swoole
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* Asks on a connected socket (answers from any other source are refused), again until the
 * server is up, boundedly. */
function udp_ask(int $port, string $msg): string
{
    $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 2);
    for ($try = 0; $try < 40; $try++) {
        stream_socket_sendto($s, $msg);
        $r = [$s];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 250000) > 0) {
            $answer = stream_socket_recvfrom($s, 65536); // '' for "port unreachable"
            if ($answer !== '' && $answer !== false) {
                return $answer;
            }
            usleep(100000);
        }
    }
    return 'no answer';
}

$second = wserver_test_free_port();
wserver_test_run(function (int $port, string $d) use ($second) {
    $server = new WServer\Server('127.0.0.1', $port, WSERVER_BASE, WSERVER_SOCK_UDP);
    $server->addListener('127.0.0.1', $second, WSERVER_SOCK_UDP);
    $server->set(['worker_num' => 1, 'log_file' => "$d/server.log"]);
    $server->on('Packet', function ($server, $data, $client) {
        $bogus = $server->sendto($client['address'], $client['port'], 'bad', PHP_INT_MAX);
        $server->sendto($client['address'], $client['port'],
            "$data: " . var_export($bogus, true), $client['server_socket']);
    });
    $server->start();
}, function (int $port) use ($second) {
    foreach ([$port, $second, $port] as $p) {
        echo udp_ask($p, ($p === $port ? 'first' : 'second') . ' socket'), "\n";
    }
}, ['wait' => fn () => true]);
?>
--EXPECT--
first socket: false
second socket: false
first socket: false
