/* measure: run one command and report its wall time, CPU time and peak memory.
 *
 *   measure [-t SECONDS] [-o STDOUT_FILE] [-e STDERR_FILE] [-r RESULT_FILE] -- COMMAND [ARG]...
 *
 * The command runs in its own process group with stdin from /dev/null; on a
 * timeout the whole group is killed.  The numbers come from wait4's rusage,
 * which covers the child and every descendant it waited for, so a shell script
 * that starts hundreds of processes is measured as a whole.  One line goes to
 * RESULT_FILE (or stderr):
 *
 *   wall=1.234567 user=1.200000 sys=0.030000 maxrss_kib=10240 status=exit:0
 *
 * status is exit:N, signal:N or timeout.  measure exits 0 when it could run
 * the command at all (whatever the command did), 125 when it could not.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;

static void on_alarm(int signo)
{
	(void)signo;
	timed_out = 1;
}

static double seconds_of(struct timeval tv)
{
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Point descriptor FD at PATH (opened with FLAGS) in the child. */
static void redirect(int fd, const char *path, int flags)
{
	int opened = open(path, flags, 0644);
	if (opened < 0) {
		fprintf(stderr, "measure: %s: %s\n", path, strerror(errno));
		_exit(125);
	}
	if (opened != fd) {
		dup2(opened, fd);
		close(opened);
	}
}

static void usage(void)
{
	fprintf(stderr, "usage: measure [-t SECONDS] [-o STDOUT_FILE] [-e STDERR_FILE] "
			"[-r RESULT_FILE] -- COMMAND [ARG]...\n");
	exit(125);
}

int main(int argc, char **argv)
{
	const char *stdout_path = NULL, *stderr_path = NULL, *result_path = NULL;
	unsigned timeout_seconds = 0;
	int opt;

	while ((opt = getopt(argc, argv, "+t:o:e:r:")) != -1) {
		switch (opt) {
		case 't': timeout_seconds = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'o': stdout_path = optarg; break;
		case 'e': stderr_path = optarg; break;
		case 'r': result_path = optarg; break;
		default: usage();
		}
	}
	if (optind >= argc)
		usage();

	FILE *result = stderr;
	if (result_path && !(result = fopen(result_path, "w"))) {
		fprintf(stderr, "measure: %s: %s\n", result_path, strerror(errno));
		return 125;
	}

	/* No SA_RESTART: the alarm must interrupt wait4. */
	struct sigaction alarm_action = { .sa_handler = on_alarm };
	sigemptyset(&alarm_action.sa_mask);
	sigaction(SIGALRM, &alarm_action, NULL);

	double start = now_seconds();
	pid_t child = fork();
	if (child < 0) {
		fprintf(stderr, "measure: fork: %s\n", strerror(errno));
		return 125;
	}
	if (child == 0) {
		setpgid(0, 0);
		redirect(STDIN_FILENO, "/dev/null", O_RDONLY);
		if (stdout_path)
			redirect(STDOUT_FILENO, stdout_path, O_WRONLY | O_CREAT | O_TRUNC);
		if (stderr_path)
			redirect(STDERR_FILENO, stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
		execvp(argv[optind], argv + optind);
		fprintf(stderr, "measure: %s: %s\n", argv[optind], strerror(errno));
		_exit(127);
	}
	setpgid(child, child); /* also here, so the kill below cannot miss */
	if (timeout_seconds)
		alarm(timeout_seconds);

	int status = 0;
	struct rusage usage;
	for (;;) {
		pid_t got = wait4(child, &status, 0, &usage);
		if (got == child)
			break;
		if (got < 0 && errno == EINTR) {
			if (timed_out)
				kill(-child, SIGKILL);
			continue;
		}
		fprintf(stderr, "measure: wait4: %s\n", strerror(errno));
		return 125;
	}
	double wall = now_seconds() - start;
	alarm(0);
	/* Leftover background processes of the command must not outlive it. */
	kill(-child, SIGKILL);

	char status_text[32];
	if (timed_out)
		snprintf(status_text, sizeof status_text, "timeout");
	else if (WIFSIGNALED(status))
		snprintf(status_text, sizeof status_text, "signal:%d", WTERMSIG(status));
	else
		snprintf(status_text, sizeof status_text, "exit:%d", WEXITSTATUS(status));

	fprintf(result, "wall=%.6f user=%.6f sys=%.6f maxrss_kib=%ld status=%s\n", wall,
		seconds_of(usage.ru_utime), seconds_of(usage.ru_stime), usage.ru_maxrss, status_text);
	if (result != stderr)
		fclose(result);
	return 0;
}
