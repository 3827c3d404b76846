<?php
// The chat node: the page on /, the WebSocket on /ws, the health check on /healthz, one port.
// Messages go through one Redis Stream per room, so any number of nodes share the rooms.
//   CHAT_LISTEN=127.0.0.1:8400 CHAT_REDIS=127.0.0.1:6379 CHAT_NODE=node1 \
//   php -d extension=$PWD/modules/wserver.so examples/chat/server.php start [-d] | stop [-g] | status
// Environment: CHAT_LISTEN (host:port), CHAT_REDIS (host:port), CHAT_NODE (the name clients
// see), CHAT_WORKERS (processes, default 1), CHAT_DIR (pid, status and log files; default /tmp).
// Protocol and design: examples/chat/README.md.
use WServer\Coroutine;
use WServer\Coroutine\ConnectionPool;
use WServer\WebSocket\Server;
use WServer\Worker;

// phpredis is a blocking client: the hooks make its socket waits suspend only the coroutine
// that waits (the worker serves everyone else meanwhile).
WServer\Runtime::enableCoroutine();

const HISTORY = 100;      // messages a new member sees
const KEEP = 10000;       // entries kept per stream, for clients that come back (XADD MAXLEN ~)
const BLOCK_MS = 300;     // XREAD BLOCK: also how soon a room watched anew is read
const MAX_TEXT = 2000;
const POOL = 32;          // Redis connections of the callbacks, per worker
const POOL_WAIT = 10.0;   // seconds a callback waits for one: thousands of joins at once queue here
define('TIMING', (bool) getenv('CHAT_TIMING')); // log how long each fan-out to 1000+ members takes (bench/)
define('PUSH_LOOP', (bool) getenv('CHAT_PUSH_LOOP')); // bench/: fan out with a push() per member, to compare

[$host, $port] = explode(':', getenv('CHAT_LISTEN') ?: '127.0.0.1:8400');
$node = getenv('CHAT_NODE') ?: gethostname();
$dir = getenv('CHAT_DIR') ?: sys_get_temp_dir();

// stop -g: answer 503 on /healthz for this long before the workers stop accepting, so the
// balancer (checking every 200 ms) moves new connections to the other nodes first.
Worker::$drainDelay = (float) (getenv('CHAT_DRAIN_DELAY') ?: 1.0);

$server = new Server($host, (int) $port);
Worker::$statusFile = "$dir/chat-$node.status"; // with the pid file, not next to this script
$server->set([
    'worker_num' => (int) (getenv('CHAT_WORKERS') ?: 1),
    'pid_file' => "$dir/chat-$node.pid",
    'log_file' => "$dir/chat-$node.log",
    'max_wait_time' => 5,
]);

final class Chat
{
    /** @var array<string, array<int, int>> room => fd => fd: the local members */
    public array $rooms = [];
    /** @var array<int, array<string, array{nick: string, last: string, sync: ?array}>> fd => room => member */
    public array $members = [];
    /** @var array<string, array<int, string>> room => fd => last id: members just synced, compared per entry */
    public array $fresh = [];
    /** @var array<string, string> stream => id: what the reader asks Redis for */
    public array $watch = [];
    public bool $stopping = false;
    public ?ConnectionPool $pool = null;

    public function __construct(public Server $server, public string $node)
    {
    }

    public static function key(string $room): string
    {
        return "chat:room:$room";
    }

    /** Stream ids "ms-seq" in order: <0, 0, >0. */
    public static function cmp(string $a, string $b): int
    {
        [$am, $as] = explode('-', $a) + [1 => 0];
        [$bm, $bs] = explode('-', $b) + [1 => 0];
        return [(int) $am, (int) $as] <=> [(int) $bm, (int) $bs];
    }

    /** An entry as clients get it; $replay: sent on join (history, or what was missed). */
    public static function wire(string $room, string $id, array $f, bool $replay = false): string
    {
        $kind = $f['kind'] ?? 'message';
        $m = ['type' => $kind, 'room' => $room, 'nick' => $f['nick'] ?? '', 'id' => $id];
        if ($kind === 'message') {
            $m['text'] = $f['text'] ?? '';
        }
        if ($replay) {
            $m['replay'] = true;
        }
        return json_encode($m, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }

    /** Run $fn with a pooled Redis connection; a broken one is dropped and the call tried once more. */
    public function redis(callable $fn): mixed
    {
        for ($try = 0; ; $try++) {
            $r = $this->pool->get(POOL_WAIT);
            if ($r === false) {
                throw new RuntimeException('no Redis connection within ' . POOL_WAIT . ' s');
            }
            try {
                $out = $fn($r);
                $this->pool->put($r);
                return $out;
            } catch (RedisException $e) {
                $this->pool->put(null);
                if ($try > 0) {
                    throw $e;
                }
            }
        }
    }

    public static function connect(float $readTimeout): Redis
    {
        [$h, $p] = explode(':', getenv('CHAT_REDIS') ?: '127.0.0.1:6379');
        $r = new Redis();
        $r->connect($h, (int) $p, 1.0);
        $r->setOption(Redis::OPT_READ_TIMEOUT, $readTimeout);
        return $r;
    }

    public function append(string $room, array $fields): string
    {
        return $this->redis(fn (Redis $r) => $r->xAdd(self::key($room), '*', $fields, KEEP, true));
    }

    /** The reader: one XREAD BLOCK over the rooms with local members, each entry pushed to them. */
    public function read(): void
    {
        $r = null;
        while (!$this->stopping) {
            if (!$this->watch) {
                Coroutine::sleep(0.05);
                continue;
            }
            try {
                $r ??= self::connect(BLOCK_MS / 1000 + 2);
                $got = $r->xRead($this->watch, 1000, BLOCK_MS);
            } catch (RedisException $e) {
                Worker::log("chat $this->node: Redis read: {$e->getMessage()}; again in 0.5 s");
                $r = null;
                Coroutine::sleep(0.5);
                continue;
            }
            foreach ($got ?: [] as $stream => $entries) {
                if (!isset($this->watch[$stream])) {
                    continue; // its last member left while we waited
                }
                $room = substr($stream, 10);
                foreach ($entries as $id => $f) {
                    $this->watch[$stream] = $id;
                    $this->deliver($room, $id, self::wire($room, $id, $f));
                }
            }
        }
        $r?->close();
    }

    public function deliver(string $room, string $id, string $msg): void
    {
        $t0 = TIMING ? hrtime(true) : 0;
        $cpu0 = TIMING ? getrusage() : [];
        $sent = 0;
        $members = $this->rooms[$room] ?? [];
        $fresh = $this->fresh[$room] ?? null;
        if ($fresh !== null) {
            // members still joining (their history being sent) or just joined: one at a time
            foreach ($fresh as $fd => $last) {
                unset($members[$fd]);
                $m = &$this->members[$fd][$room];
                if ($m['sync'] !== null) {
                    $m['sync'][] = [$id, $msg]; // still sending it history: after that
                    unset($m);
                    continue;
                }
                unset($m);
                if (self::cmp($id, $last) <= 0) {
                    continue; // had it from the history
                }
                unset($this->fresh[$room][$fd]);
                $sent += (int) $this->server->push($fd, $msg);
            }
            if (!$this->fresh[$room]) {
                unset($this->fresh[$room]);
            }
        }
        // everyone else: framed once, written to each in C (pushMany, an addition to Swoole's API)
        if (PUSH_LOOP) {
            foreach ($members as $fd) {
                $sent += (int) $this->server->push($fd, $msg);
            }
        } elseif ($members) {
            $sent += $this->server->pushMany($members, $msg);
        }
        if (TIMING && count($this->rooms[$room] ?? []) >= 1000) {
            // CPU time as well as wall time: on a loaded machine the wall time is mostly waiting
            $ns = hrtime(true) - $t0;
            $ru = getrusage();
            $cpu = fn ($r) => $r['ru_utime.tv_sec'] * 1e6 + $r['ru_utime.tv_usec'] + $r['ru_stime.tv_sec'] * 1e6 + $r['ru_stime.tv_usec'];
            $n = count($this->rooms[$room]);
            Worker::log(sprintf('chat %s: %d frames pushed in %.2f ms (%.2f ms of CPU), process CPU so far %.0f us; %d members, %d still joining',
                $this->node, $sent, $ns / 1e6, ($cpu($ru) - $cpu($cpu0)) / 1e3, $cpu($ru), $n, count($this->fresh[$room] ?? [])));
        }
    }

    /** A join that failed (Redis) is undone: the client got an error, not a membership that
     * never receives anything. */
    public function join(int $fd, string $room, string $nick, ?string $since): void
    {
        try {
            $this->enter($fd, $room, $nick, $since);
        } catch (RuntimeException | RedisException $e) {
            if (($this->members[$fd][$room]['sync'] ?? null) !== null) {
                $this->leave($fd, $room, false);
            }
            throw $e;
        }
    }

    private function enter(int $fd, string $room, string $nick, ?string $since): void
    {
        $key = self::key($room);
        $rejoin = isset($this->members[$fd][$room]);
        $this->members[$fd][$room] = ['nick' => $nick, 'sync' => []];
        $this->rooms[$room][$fd] = $fd;
        $this->fresh[$room][$fd] = '0-0';
        if (!isset($this->watch[$key])) {
            // read from the newest entry now: what comes later reaches the member by the reader
            $top = $this->redis(fn (Redis $r) => $r->xRevRange($key, '+', '-', 1));
            $this->watch[$key] = $top ? array_key_first($top) : '0-0';
        }
        $this->server->push($fd, json_encode(['type' => 'welcome', 'room' => $room, 'nick' => $nick, 'node' => $this->node]));
        // what the member missed (since) or the history, then what the reader queued meanwhile
        $entries = $since !== null
            ? $this->redis(fn (Redis $r) => $r->xRange($key, "($since", '+', KEEP))
            : array_reverse($this->redis(fn (Redis $r) => $r->xRevRange($key, '+', '-', HISTORY)) ?: [], true);
        if (!isset($this->members[$fd][$room])) {
            return; // left (or closed) while we waited
        }
        $last = $since ?? '0-0';
        foreach ($entries ?: [] as $id => $f) {
            $this->server->push($fd, self::wire($room, $id, $f, true));
            $last = $id;
        }
        foreach ($this->members[$fd][$room]['sync'] as [$id, $msg]) {
            if (self::cmp($id, $last) > 0) {
                $this->server->push($fd, $msg);
                $last = $id;
            }
        }
        $this->members[$fd][$room]['sync'] = null;
        $this->fresh[$room][$fd] = $last;
        if ($since === null && !$rejoin) {
            $this->append($room, ['kind' => 'join', 'nick' => $nick]);
        }
    }

    public function leave(int $fd, string $room, bool $notice): void
    {
        $nick = $this->members[$fd][$room]['nick'] ?? null;
        unset($this->members[$fd][$room], $this->rooms[$room][$fd], $this->fresh[$room][$fd]);
        if (empty($this->rooms[$room])) {
            unset($this->rooms[$room], $this->fresh[$room], $this->watch[self::key($room)]);
        }
        if ($nick !== null && $notice) {
            $this->append($room, ['kind' => 'leave', 'nick' => $nick]);
        }
    }

    public function closed(int $fd): void
    {
        foreach (array_keys($this->members[$fd] ?? []) as $room) {
            // a node that stops sends its members away (1001): they come back elsewhere
            $this->leave($fd, $room, !$this->stopping && !Worker::getGracefulStop());
        }
        unset($this->members[$fd]);
    }

    public function message(int $fd, string $data): void
    {
        $m = json_decode($data, true);
        $room = is_array($m) ? ($m['room'] ?? null) : null;
        if (!is_string($room) || !preg_match('/^[\w.-]{1,64}$/', $room)) {
            $this->error($fd, 'room: 1 to 64 of a-z A-Z 0-9 _ . -');
            return;
        }
        switch ($m['type'] ?? null) {
            case 'join':
                $nick = $m['nick'] ?? null;
                $since = $m['since'] ?? null;
                if (!is_string($nick) || !preg_match('/^[^\x00-\x1f]{1,32}$/u', $nick)) {
                    $this->error($fd, 'nick: 1 to 32 characters');
                } elseif ($since !== null && (!is_string($since) || !preg_match('/^\d+-\d+$/', $since))) {
                    $this->error($fd, 'since: a message id such as "1700000000000-0"');
                } else {
                    $this->join($fd, $room, $nick, $since);
                }
                return;
            case 'say':
                $text = $m['text'] ?? null;
                $member = $this->members[$fd][$room] ?? null;
                if ($member === null) {
                    $this->error($fd, "join $room first");
                } elseif (!is_string($text) || $text === '' || strlen($text) > MAX_TEXT) {
                    $this->error($fd, 'text: 1 to ' . MAX_TEXT . ' bytes');
                } else {
                    $id = $this->append($room, ['kind' => 'message', 'nick' => $member['nick'], 'text' => $text]);
                    $ack = ['type' => 'ack', 'room' => $room, 'id' => $id];
                    if (isset($m['ref'])) {
                        $ack['ref'] = $m['ref'];
                    }
                    $this->server->push($fd, json_encode($ack));
                }
                return;
            case 'leave':
                $this->leave($fd, $room, true);
                return;
        }
        $this->error($fd, 'type: join, say or leave');
    }

    public function error(int $fd, string $why): void
    {
        $this->server->push($fd, json_encode(['type' => 'error', 'error' => $why]));
    }
}

$chat = new Chat($server, $node);
$page = file_get_contents(__DIR__ . '/index.html');

$server->on('workerStart', function () use ($chat) {
    $chat->pool = new ConnectionPool(fn () => Chat::connect(2.0), POOL);
    Coroutine::create([$chat, 'read']);
});
// the graceful stop begins (after the drain delay): the reader ends, then the members get 1001
$server->on('workerExit', function () use ($chat) {
    $chat->stopping = true;
});
$server->on('request', function ($req, $res) use ($chat, $page, $node) {
    switch ($req->server['request_uri']) {
        case '/healthz':
            $down = Worker::getGracefulStop();
            $res->status($down ? 503 : 200);
            $res->header('Content-Type', 'text/plain');
            $res->end(($down ? 'stopping ' : 'ok ') . "$node\n");
            return;
        case '/':
        case '/index.html':
            $res->header('Content-Type', 'text/html; charset=utf-8');
            $res->header('Cache-Control', 'no-cache');
            $res->end($page);
            return;
    }
    $res->status(404);
    $res->end("not found\n");
});
$server->on('handshake', function ($req, $res) {
    if ($req->server['request_uri'] !== '/ws') {
        $res->status(404);
        $res->end();
        return false;
    }
    // the handshake answered here is the usual one
    $key = $req->header['sec-websocket-key'] ?? '';
    if (!preg_match('#^[+/0-9A-Za-z]{21}[AQgw]==$#', $key)) {
        $res->status(400);
        $res->end();
        return false;
    }
    $res->header('Upgrade', 'websocket');
    $res->header('Connection', 'Upgrade');
    $res->header('Sec-WebSocket-Accept', base64_encode(sha1($key . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true)));
    $res->status(101);
    $res->end();
    return true;
});
$server->on('message', function ($server, $frame) use ($chat) {
    try {
        $chat->message($frame->fd, $frame->data);
    } catch (RuntimeException | RedisException $e) {
        $chat->error($frame->fd, 'try again: ' . $e->getMessage());
    }
});
$server->on('close', function ($server, $fd) use ($chat) {
    try {
        $chat->closed($fd);
    } catch (RuntimeException | RedisException $e) {
        // the leave notice is lost; the member is gone all the same
    }
});
$server->start();
