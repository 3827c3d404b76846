<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/**
 * A listening socket served by `count` worker processes (the Workerman 5 API).
 * @not-serializable
 */
#[\AllowDynamicProperties]
class Worker
{
    /**
     * @var string
     * @cvalue PHP_WSERVER_VERSION
     */
    public const VERSION = UNKNOWN;

    /** @var int */
    public const STATUS_INITIAL = 0;
    /** @var int */
    public const STATUS_STARTING = 1;
    /** @var int */
    public const STATUS_RUNNING = 2;
    /** @var int */
    public const STATUS_SHUTDOWN = 4;
    /** @var int */
    public const STATUS_RELOADING = 8;
    /**
     * The listen() backlog of every socket.
     * @var int
     */
    public const DEFAULT_BACKLOG = 102400;

    public int $id = 0;
    public string $name = 'none';
    public int $count = 1;
    public string $user = '';
    public string $group = '';
    public bool $reloadable = true;
    public bool $reusePort = false;
    public string $transport = 'tcp';
    public ?string $protocol = null;
    public string $socket = '';
    public array $connections = [];
    /** Accepted and kept, as in Workerman (this worker's loop class); the loop is wserver's. */
    public ?string $eventLoop = null;
    /** True once stop() ran, or this process stops or drains (in a worker process). */
    public bool $stopping = false;
    /**
     * Static files served from C before onMessage (http:// sockets), read by runAll(): Swoole's
     * set() names, ['document_root' => dir, 'static_handler_locations' => ['/static'],
     * 'http_index_files' => ['index.html'], 'http_autoindex' => false]; on unless
     * 'enable_static_handler' => false. null: off.
     */
    public ?array $staticHandler = null;

    public mixed $onWorkerStart = null;
    public mixed $onWorkerStop = null;
    public mixed $onWorkerReload = null;
    public mixed $onConnect = null;
    public mixed $onMessage = null;
    public mixed $onClose = null;
    public mixed $onError = null;
    public mixed $onBufferFull = null;
    public mixed $onBufferDrain = null;
    public mixed $onWebSocketConnect = null;
    public mixed $onWebSocketConnected = null;
    /** websocket://: ($connection, string $data) for each ping; set, it answers itself (send()
     * makes a pong while it runs), else a pong goes back at once. */
    public mixed $onWebSocketPing = null;
    /** websocket://: ($connection, string $data) for each pong. */
    public mixed $onWebSocketPong = null;
    /** websocket://: ($connection, int $code, string $reason) when the peer's close frame
     * comes (1005: it had no code); the close handshake completes after it. */
    public mixed $onWebSocketClose = null;
    /** websocket://: permessage-deflate (RFC 7692) for the clients that offer it. */
    public bool $websocketCompression = false;

    public static bool $daemonize = false;
    public static string $pidFile = '';
    public static string $logFile = '';
    /** Accepted and kept, as in Workerman; the log file is not rotated (SIGHUP reopens it). */
    public static int $logFileMaxSize = 10485760;
    public static string $stdoutFile = '/dev/null';
    public static string $statusFile = '';
    public static float $stopTimeout = 2.0;
    /** stop -g: seconds each worker goes on accepting and serving before it drains, with
     *  getGracefulStop() true, so a health check can send the balancer elsewhere first.
     *  Taken from $stopTimeout (must be less). Reloads do not wait for it. */
    public static float $drainDelay = 0.0;
    /** Recycle each worker after about this many requests (0: never), with up to +/-10 % jitter. */
    public static int $maxRequest = 0;
    /** Bytes of resident memory past which a worker exits gracefully and is replaced (about:
     *  each worker draws a jitter of up to 10 %); checked every second. 0: no limit. */
    public static int $maxMemory = 0;
    public static string $command = '';
    public static mixed $onMasterReload = null;
    public static mixed $onMasterStop = null;
    public static mixed $onWorkerExit = null;
    /** Accepted and kept, as in Workerman; the loop is always wserver's own (libev). */
    public static ?string $eventLoopClass = null;
    /** This worker's event loop (Events\Loop), set when the worker starts. */
    public static ?Events\EventInterface $globalEvent = null;

    public function __construct(?string $socketName = null, array $socketContext = []) {}

    /** Parse the command line and run it: start forks the processes and never returns. */
    public static function runAll(): void {}

    /** In a worker: stop this worker (the manager starts a new one). */
    public static function stopAll(int $code = 0, mixed $log = ''): void {}

    /** In each worker process, runAll() calls the run() of the Worker it serves: onWorkerStart,
     *  then accepting. A subclass may override it (and call parent::run()). */
    public function run(): void {}

    /** Inside a worker process: this Worker listens there, in that process only (outside one,
     *  runAll() binds every Worker's socket). $autoAccept false: bound, paused. */
    public function listen(bool $autoAccept = true): void {}

    /** Inside a worker process: stop accepting on this Worker's socket and close it there. */
    public function unlisten(): void {}

    /** Inside a worker process: onWorkerStop, unlisten(), then this Worker's connections close. */
    public function stop(bool $force = true): void {}

    /** Stop (resume) accepting on this Worker's socket in this process: new connections wait in
     *  the backlog meanwhile. */
    public function pauseAccept(): void {}

    public function resumeAccept(): void {}

    /** The socket name given to the constructor (first letter lower case), or "none". */
    public function getSocketName(): string {}

    /** The listening socket in this process, as a stream (a duplicate); null when there is none. */
    public function getMainSocket(): mixed {}

    /** One of the STATUS_ constants: INITIAL before runAll(), STARTING while it starts, RUNNING in
     *  the master and a serving worker, SHUTDOWN in a worker that stops or drains. */
    public static function getStatus(): int {}

    /** Whether this process is stopping gracefully: draining, or about to (stop -g with
     *  $drainDelay). */
    public static function getGracefulStop(): bool {}

    /** Whether runAll() has started (true in the master and the worker processes). */
    public static function isRunning(): bool {}

    /** @return array<int, Worker> */
    public static function getAllWorkers(): array {}

    /** The event loop of this process, as $globalEvent. */
    public static function getEventLoop(): Events\EventInterface {}

    public static function log(mixed $msg, bool $decorated = false): void {}

    public static function safeEcho(string $msg, bool $decorated = false): bool {}
}
