--TEST--
Server: open_mqtt_protocol frames by the MQTT fixed header (Remaining Length of 1 to 4 bytes after the first byte): a packet split in its length bytes, several packets in one write, the header kept in the data; a length past package_max_length or a fifth length byte closes; Coroutine\Client's open_mqtt_protocol returns one packet per recv()
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* An MQTT packet: type nibble, then the Remaining Length in 7-bit groups, then the body. */
function mqtt_packet(int $type, string $body): string
{
    $n = strlen($body);
    $len = '';
    do {
        $b = $n % 128;
        $n = intdiv($n, 128);
        $len .= chr($n > 0 ? $b | 0x80 : $b);
    } while ($n > 0);
    return chr($type << 4) . $len . $body;
}

wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set([
        'worker_num' => 1,
        'open_mqtt_protocol' => true,
        'package_max_length' => 300,
        'log_file' => "$dir/server.log",
    ]);
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        if (ord($data[0]) >> 4 === 12) { // PINGREQ: PINGRESP twice in one write
            $server->send($fd, mqtt_packet(13, '') . mqtt_packet(13, 'x'));
            return;
        }
        $server->send($fd, sprintf("type %d, %d bytes, ends with %s\n", ord($data[0]) >> 4, strlen($data), substr($data, -3)));
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, mqtt_packet(3, str_repeat('a', 10) . 'END'));
    echo wserver_test_line($c);
    $p = mqtt_packet(3, str_repeat('b', 200) . 'TWO'); // 2 length bytes
    fwrite($c, substr($p, 0, 2));
    usleep(100000);
    fwrite($c, substr($p, 2, 1));
    usleep(100000);
    fwrite($c, substr($p, 3));
    echo "split in the length: ", wserver_test_line($c);
    fwrite($c, mqtt_packet(1, 'ONE') . mqtt_packet(8, 'xyTWO') . substr(mqtt_packet(3, 'THREE'), 0, 4));
    echo "several in one write: ", wserver_test_line($c), wserver_test_line($c);
    fwrite($c, substr(mqtt_packet(3, 'THREE'), 4));
    echo "the rest: ", wserver_test_line($c);
    fwrite($c, mqtt_packet(3, str_repeat('c', 294) . 'MAX')); // 300 bytes with its 3 of header
    echo "package_max_length exactly: ", wserver_test_line($c);
    fwrite($c, mqtt_packet(3, str_repeat('d', 298)));
    echo "301 bytes close: ", wserver_test_closed($c) ? 'yes' : 'no', "\n";
    $d = wserver_test_connect($port);
    fwrite($d, "\x30\x80\x80\x80\x80\x01");
    echo "a fifth length byte closes: ", wserver_test_closed($d) ? 'yes' : 'no', "\n";

    WServer\Coroutine\run(function () use ($port) {
        $cli = new WServer\Coroutine\Client(WSERVER_SOCK_TCP);
        $cli->set(['open_mqtt_protocol' => true]);
        $cli->connect('127.0.0.1', $port);
        $cli->send(mqtt_packet(12, ''));
        echo "client, first: ", bin2hex($cli->recv(2)), "\n";
        echo "client, second: ", bin2hex($cli->recv(2)), "\n";
        $cli->close();
    });
});
?>
--EXPECT--
type 3, 15 bytes, ends with END
split in the length: type 3, 206 bytes, ends with TWO
several in one write: type 1, 5 bytes, ends with ONE
type 8, 7 bytes, ends with TWO
the rest: type 3, 7 bytes, ends with REE
package_max_length exactly: type 3, 300 bytes, ends with MAX
301 bytes close: yes
a fifth length byte closes: yes
client, first: d000
client, second: d00178
