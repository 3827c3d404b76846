--TEST--
Hooks: tcp (a host name resolved), unix, udp and udg streams, accept, read timeouts, stream_socket_pair() and stream_select() wait in their coroutine while others run (output order proves it); a second coroutine on a waited-on connection gets an exception; fclose() from another coroutine ends the wait
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Coroutine;
use WServer\Runtime;

$dir = wserver_test_dir();
Runtime::enableCoroutine(WSERVER_HOOK_TCP | WSERVER_HOOK_UNIX | WSERVER_HOOK_UDP | WSERVER_HOOK_UDG | WSERVER_HOOK_STREAM_FUNCTION);

echo "-- outside a coroutine: PHP's own connect\n";
$port = wserver_test_free_port();
var_dump(@stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1), $errstr);

/* A server in a coroutine: each accepted line comes back upper-cased, "wait" after 0.3 s. */
function echo_server($server, string $name): void
{
    Coroutine::create(function () use ($server, $name) {
        echo "$name: accepting\n";
        $c = stream_socket_accept($server, 5);
        echo "$name: accepted\n";
        while (($line = fgets($c)) !== false) {
            if ($line === "wait\n") {
                Coroutine::sleep(0.3);
            }
            fwrite($c, strtoupper($line));
        }
        fclose($c);
    });
}

Coroutine\run(function () use ($dir) {
    echo "-- tcp, to localhost by name\n";
    $server = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
    echo_server($server, 'tcp server');
    echo "client: connecting\n";
    $c = stream_socket_client("tcp://localhost:$port", $errno, $errstr, 5);
    fwrite($c, "hello\n");
    $line = fgets($c);
    echo "client: $line";

    echo "-- a second coroutine on a connection another waits on\n";
    fwrite($c, "wait\n");
    Coroutine::create(function () use ($c) {
        $line = fgets($c);
        echo "reader: $line";
    });
    try {
        fwrite($c, "late\n");
    } catch (WServer\Exception $e) {
        echo preg_replace('/#\d+/', '#N', preg_replace('/coroutine \d+/', 'coroutine M', $e->getMessage())), "\n";
    }
    Coroutine::sleep(0.5);
    fwrite($c, "free again\n");
    $line = fgets($c);
    echo "client: $line";
    echo "-- a read timeout ends only its own wait\n";
    $idle = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
    echo "(the echo server accepts one client: this one just waits)\n";

    Coroutine::create(function () use ($idle) {
        stream_set_timeout($idle, 0, 600000);
        $r = fread($idle, 10);
        echo 'timed read: ', var_export($r, true), ' timed_out=', var_export(stream_get_meta_data($idle)['timed_out'], true), "\n";
    });
    echo "main goes on while the timed read waits\n";

    echo "-- stream_select() waits in its coroutine\n";
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    Coroutine::create(function () use ($a) {
        $r = [$a];
        $w = $e = null;
        echo "select: waiting\n";
        $n = stream_select($r, $w, $e, 5);
        echo "select: $n ready, ", fread($a, 10), "\n";
        $r = [$a];
        $n = stream_select($r, $w, $e, 0, 200000);
        echo "select: $n ready after its timeout\n";
    });
    echo "main: writing to the pair\n";
    fwrite($b, 'ping');
    Coroutine::sleep(0.9);

    echo "-- stream_socket_pair() streams wait in their coroutine\n";
    [$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    Coroutine::create(function () use ($p) {
        $m = fread($p, 10);
        echo "pair reader: $m\n";
    });
    echo "main: the pair reader waits\n";
    fwrite($q, 'through');
    Coroutine::sleep(0.05);

    echo "-- unix\n";
    $userver = stream_socket_server("unix://$dir/echo.sock");
    echo_server($userver, 'unix server');
    $u = stream_socket_client("unix://$dir/echo.sock", $errno, $errstr, 5);
    fwrite($u, "over unix\n");
    $line = fgets($u);
    echo "client: $line";
    fclose($u);

    echo "-- udp and udg\n";
    $ud = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
    $udpName = stream_socket_get_name($ud, false);
    Coroutine::create(function () use ($ud) {
        echo "udp server: waiting\n";
        $m = stream_socket_recvfrom($ud, 100, 0, $peer);
        stream_socket_sendto($ud, strtoupper($m), 0, $peer);
    });
    $uc = stream_socket_client("udp://$udpName", $errno, $errstr, 5);
    fwrite($uc, 'datagram');
    $m = fread($uc, 100);
    echo "udp client: $m\n";
    $dg = stream_socket_server("udg://$dir/dg.sock", $errno, $errstr, STREAM_SERVER_BIND);
    Coroutine::create(function () use ($dg) {
        echo "udg server: waiting\n";
        $m = stream_socket_recvfrom($dg, 100);
        echo "udg server: $m\n";
    });
    $gc = stream_socket_client("udg://$dir/dg.sock", $errno, $errstr, 5);
    fwrite($gc, 'unix datagram');
    Coroutine::sleep(0.2);

    echo "-- fclose() in another coroutine ends the wait: the read fails, then the stream closes\n";
    Coroutine::create(function () use ($c) {
        $r = fread($c, 10);
        echo 'reader: fread = ', var_export($r, true), "\n";
    });
    $closed = fclose($c);
    echo 'closer: fclose = ', var_export($closed, true), "\n";
});
wserver_test_rmdir($dir);
?>
--EXPECT--
-- outside a coroutine: PHP's own connect
bool(false)
string(18) "Connection refused"
-- tcp, to localhost by name
tcp server: accepting
client: connecting
tcp server: accepted
client: HELLO
-- a second coroutine on a connection another waits on
connection #N is in use by coroutine M
reader: WAIT
client: FREE AGAIN
-- a read timeout ends only its own wait
(the echo server accepts one client: this one just waits)
main goes on while the timed read waits
-- stream_select() waits in its coroutine
select: waiting
main: writing to the pair
select: 1 ready, ping
select: 0 ready after its timeout
timed read: '' timed_out=true
-- stream_socket_pair() streams wait in their coroutine
main: the pair reader waits
pair reader: through
-- unix
unix server: accepting
unix server: accepted
client: OVER UNIX
-- udp and udg
udp server: waiting
udp client: DATAGRAM
udg server: waiting
udg server: unix datagram
-- fclose() in another coroutine ends the wait: the read fails, then the stream closes
reader: fread = false
closer: fclose = true
