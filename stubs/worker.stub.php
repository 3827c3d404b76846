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

    public static bool $daemonize = false;
    public static string $pidFile = '';
    public static string $logFile = '';
    public static string $stdoutFile = '/dev/null';
    public static string $statusFile = '';
    public static float $stopTimeout = 2.0;
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

    /** @return array<int, Worker> */
    public static function getAllWorkers(): array {}

    /** The event loop of this process, as $globalEvent. */
    public static function getEventLoop(): Events\EventInterface {}

    public static function log(mixed $msg, bool $decorated = false): void {}

    public static function safeEcho(string $msg, bool $decorated = false): bool {}
}
