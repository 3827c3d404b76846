<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace {
    /* Runtime hook flags, with Swoole's values (SWOOLE_HOOK_* under wserver.aliases=swoole). */
    /** @var int */
    const WSERVER_HOOK_TCP = 2;
    /** @var int */
    const WSERVER_HOOK_UDP = 4;
    /** @var int */
    const WSERVER_HOOK_UNIX = 8;
    /** @var int */
    const WSERVER_HOOK_UDG = 16;
    /** @var int */
    const WSERVER_HOOK_SSL = 32;
    /** @var int */
    const WSERVER_HOOK_TLS = 64;
    /** @var int */
    const WSERVER_HOOK_STREAM_FUNCTION = 128;
    /** @var int */
    const WSERVER_HOOK_STREAM_SELECT = 128;
    /** @var int */
    const WSERVER_HOOK_FILE = 256;
    /** @var int */
    const WSERVER_HOOK_SLEEP = 512;
    /** @var int */
    const WSERVER_HOOK_PROC = 1024;
    /** @var int */
    const WSERVER_HOOK_CURL = 2048;
    /** @var int */
    const WSERVER_HOOK_NATIVE_CURL = 4096;
    /** @var int */
    const WSERVER_HOOK_SOCKETS = 16384;
    /** @var int */
    const WSERVER_HOOK_STDIO = 32768;
    /** @var int */
    const WSERVER_HOOK_NET_FUNCTION = 2097152;
    /** @var int */
    const WSERVER_HOOK_ALL = 0x7fffffff & ~2048 & ~4194304;
}

namespace WServer {
    /**
     * Runtime hooks: blocking PHP I/O made coroutine-aware. The flags a call asks for that this
     * build does not hook are ignored, as Swoole ignores those it was built without;
     * getHookFlags() answers the ones in effect.
     * @not-serializable
     */
    final class Runtime
    {
        /** Hook the I/O $flags names (0: none); true unless $flags is negative. */
        public static function enableCoroutine(int $flags = WSERVER_HOOK_ALL): bool {}

        /** The flags in effect. */
        public static function getHookFlags(): int {}

        /** enableCoroutine($flags). */
        public static function setHookFlags(int $flags): bool {}
    }
}
