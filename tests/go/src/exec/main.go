// os/exec: the program runs itself as a child (stdin and stdout pipes,
// an exit status, an environment variable, a child killed by a signal),
// and waits with a context timeout.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func child(mode string) {
	switch mode {
	case "upper":
		s := bufio.NewScanner(os.Stdin)
		for s.Scan() {
			fmt.Println(strings.ToUpper(s.Text()))
		}
	case "exit":
		fmt.Println("child env", os.Getenv("XLAT_TEST_VAR"))
		os.Exit(7)
	case "sleep":
		time.Sleep(30 * time.Second)
	case "kill":
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
		time.Sleep(10 * time.Second)
	}
	os.Exit(0)
}

func main() {
	if len(os.Args) > 1 {
		child(os.Args[1])
		return
	}
	self, err := os.Executable()
	if err != nil {
		self = os.Args[0]
	}
	cmd := exec.Command(self, "upper")
	cmd.Stdin = strings.NewReader("hello\nfrom the parent\n")
	out, err := cmd.Output()
	fmt.Printf("upper: %q err=%v\n", out, err)

	cmd = exec.Command(self, "exit")
	cmd.Env = append(os.Environ(), "XLAT_TEST_VAR=forty-two")
	out, err = cmd.Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Printf("exit: %q code=%d\n", out, ee.ExitCode())
	} else {
		fmt.Println("exit: unexpected", err)
	}

	cmd = exec.Command(self, "kill")
	err = cmd.Run()
	if errors.As(err, &ee) {
		ws := ee.Sys().(syscall.WaitStatus)
		fmt.Println("kill: signaled", ws.Signaled(), ws.Signal())
	} else {
		fmt.Println("kill: unexpected", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = exec.CommandContext(ctx, self, "sleep").Run()
	fmt.Println("timeout kill:", err, time.Since(start) < 20*time.Second)

	// Several children at once.
	results := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func(i int) {
			c := exec.Command(self, "upper")
			c.Stdin = strings.NewReader(fmt.Sprintf("child %d\n", i))
			o, _ := c.Output()
			results <- string(o)
		}(i)
	}
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[strings.TrimSpace(<-results)] = true
	}
	fmt.Println("parallel children:", len(got), got["CHILD 0"], got["CHILD 3"])
}
