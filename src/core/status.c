/* Rendering of the status file. Reads only shared memory: it answers while workers are busy. */
#include "status.h"
#include "process.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *slot_state(const ws_slot *s)
{
	if (s->pid <= 0) {
		return "down";
	}
	if (!s->ready) {
		return "starting";
	}
	return s->state == WS_SLOT_BUSY ? "busy" : "idle";
}

static void human_bytes(uint64_t b, char *out, size_t len)
{
	if (b >= 1024ULL * 1024 * 1024) {
		snprintf(out, len, "%.1fG", b / (1024.0 * 1024 * 1024));
	} else if (b >= 1024 * 1024) {
		snprintf(out, len, "%.1fM", b / (1024.0 * 1024));
	} else if (b >= 1024) {
		snprintf(out, len, "%.0fK", b / 1024.0);
	} else {
		snprintf(out, len, "%lluB", (unsigned long long) b);
	}
}

/* JSON string body: names and sockets come from the user's script. */
static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char) *s;
		if (c == '"' || c == '\\') {
			fprintf(f, "\\%c", c);
		} else if (c < 0x20) {
			fprintf(f, "\\u%04x", c);
		} else {
			fputc(c, f);
		}
	}
	fputc('"', f);
}

static void render_json(const ws_shm *shm, FILE *f, double load[3], long uptime)
{
	char start[32];
	time_t st = (time_t) shm->start_time;
	struct tm tm;
	localtime_r(&st, &tm);
	strftime(start, sizeof(start), "%Y-%m-%d %H:%M:%S", &tm);
	fprintf(f, "{\"version\":");
	json_str(f, shm->version);
	fprintf(f, ",\"event_loop\":");
	json_str(f, shm->event_loop);
	fprintf(f,
	        ",\"start_time\":\"%s\",\"uptime\":%ld,\"load_average\":[%.2f,%.2f,%.2f],"
	        "\"connection_limit\":%lld,\"master_pid\":%d,\"manager_pid\":%d,\"exits\":[",
	        start, uptime, load[0], load[1], load[2], (long long) shm->open_files,
	        (int) shm->master_pid, (int) shm->manager_pid);
	for (uint32_t i = 0; i < shm->nexits && i < WS_MAX_EXITS; i++) {
		const ws_exit_count *e = &shm->exits[i];
		char how[96];
		ws_describe_status(e->status, how, sizeof(how));
		fprintf(f, "%s{\"worker\":", i ? "," : "");
		json_str(f, e->group < shm->ngroups ? shm->groups[e->group].name : "?");
		fprintf(f, ",\"status\":\"%s\",\"count\":%u}", how, e->count);
	}
	static const char *const kinds[WS_SHM_KINDS] = {"tables", "atomics", "locks"};
	fprintf(f, "],\"shared_memory\":{");
	for (int k = 0; k < WS_SHM_KINDS; k++) {
		fprintf(f, "%s\"%s\":{\"count\":%u,\"bytes\":%llu}", k ? "," : "", kinds[k],
		        shm->shared.count[k], (unsigned long long) shm->shared.bytes[k]);
	}
	fprintf(f, "},\"workers\":[");
	for (uint32_t i = 0; i < shm->nslots; i++) {
		const ws_slot *s = &shm->slots[i];
		const ws_shm_group *g = &shm->groups[s->group < shm->ngroups ? s->group : 0];
		fprintf(f, "%s{\"pid\":%d,\"id\":%u,\"name\":", i ? "," : "", (int) s->pid, s->id);
		json_str(f, g->name);
		fprintf(f, ",\"listening\":");
		json_str(f, g->socket);
		fprintf(f,
		        ",\"memory\":%llu,\"connections\":%u,\"send_fail\":%llu,\"timers\":%u,"
		        "\"coroutines\":%u,\"total_request\":%llu,\"qps\":%u,\"status\":\"%s\","
		        "\"tls_failed\":%llu}",
		        (unsigned long long) s->memory, s->connections, (unsigned long long) s->send_fail,
		        s->timers, s->coroutines, (unsigned long long) s->total_request, s->qps,
		        slot_state(s), (unsigned long long) s->tls_failed);
	}
	fprintf(f, "]}\n");
}

void ws_status_render(const ws_shm *shm, bool json, FILE *f)
{
	double load[3] = {0, 0, 0};
	if (getloadavg(load, 3) < 0) {
		memset(load, 0, sizeof(load));
	}
	long uptime = (long) (time(NULL) - shm->start_time);
	if (json) {
		render_json(shm, f, load, uptime);
		return;
	}
	char start[32];
	time_t st = (time_t) shm->start_time;
	struct tm tm;
	localtime_r(&st, &tm);
	strftime(start, sizeof(start), "%Y-%m-%d %H:%M:%S", &tm);
	const char *rule = "----------------------------------------------------------------------"
	                   "--------------------------------------------";
	fprintf(f, "%.44s WSERVER STATUS %.55s\n", rule, rule);
	fprintf(f, "WServer version: %s    event loop: %s\n", shm->version, shm->event_loop);
	fprintf(f,
	        "start time: %s    run %ld days %ld hours %ld minutes    load average: %.2f, %.2f, "
	        "%.2f\n",
	        start, uptime / 86400, uptime % 86400 / 3600, uptime % 3600 / 60, load[0], load[1],
	        load[2]);
	fprintf(f, "%u worker group(s), %u processes    connection limit: %lld (open files)\n",
	        shm->ngroups, shm->nslots, (long long) shm->open_files);
	fprintf(f, "worker exits:");
	if (shm->nexits == 0) {
		fprintf(f, " none");
	}
	for (uint32_t i = 0; i < shm->nexits && i < WS_MAX_EXITS; i++) {
		const ws_exit_count *e = &shm->exits[i];
		char how[96];
		ws_describe_status(e->status, how, sizeof(how));
		fprintf(f, "%s %s: %s x %u", i ? "," : "",
		        e->group < shm->ngroups ? shm->groups[e->group].name : "?", how, e->count);
	}
	fprintf(f, "\nshared memory:");
	static const char *const names[WS_SHM_KINDS] = {"table", "atomic", "lock"};
	uint64_t total = 0;
	for (int k = 0; k < WS_SHM_KINDS; k++) {
		char size[16];
		human_bytes(shm->shared.bytes[k], size, sizeof(size));
		fprintf(f, "%s %u %s%s (%s)", k ? "," : "", shm->shared.count[k], names[k],
		        shm->shared.count[k] == 1 ? "" : "s", size);
		total += shm->shared.bytes[k];
	}
	char all[16];
	human_bytes(total, all, sizeof(all));
	fprintf(f, "    in all %s\n", all);
	uint64_t tls_failed = 0;
	for (uint32_t i = 0; i < shm->nslots; i++) {
		tls_failed += shm->slots[i].tls_failed;
	}
	if (tls_failed > 0) {
		/* failed handshakes never reach the application: this line is where they show */
		fprintf(f, "TLS handshakes failed: %llu (by the workers running now)\n",
		        (unsigned long long) tls_failed);
	}
	fprintf(f, "%-8s %-8s %-30s %-14s %-11s %-9s %-6s %-13s %-7s %s\n", "pid", "memory",
	        "listening", "worker_name", "connections", "send_fail", "timers", "total_request",
	        "qps", "status");
	for (uint32_t i = 0; i < shm->nslots; i++) {
		const ws_slot *s = &shm->slots[i];
		const ws_shm_group *g = &shm->groups[s->group < shm->ngroups ? s->group : 0];
		char mem[16];
		human_bytes(s->memory, mem, sizeof(mem));
		fprintf(f, "%-8d %-8s %-30s %-14s %-11u %-9llu %-6u %-13llu %-7u %s\n", (int) s->pid, mem,
		        g->socket, g->name, s->connections, (unsigned long long) s->send_fail, s->timers,
		        (unsigned long long) s->total_request, s->qps, slot_state(s));
	}
	fprintf(f, "%.114s\n", rule);
}
