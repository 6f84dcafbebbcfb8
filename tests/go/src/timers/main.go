// Timers: time.Sleep, time.After, Ticker, AfterFunc, Timer.Stop/Reset,
// context deadlines, and many concurrent timers firing in order (40 ms
// apart: a loaded machine, with xlat-asan, can stall a thread for 15 ms).
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("sleep >= 30ms:", time.Since(start) >= 30*time.Millisecond)

	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("time.After fired")
	case <-time.After(5 * time.Second):
		fmt.Println("wrong timer")
	}

	t := time.NewTicker(10 * time.Millisecond)
	ticks := 0
	for range t.C {
		ticks++
		if ticks == 5 {
			break
		}
	}
	t.Stop()
	fmt.Println("ticks", ticks)

	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 10; i >= 1; i-- {
		wg.Add(1)
		i := i
		time.AfterFunc(time.Duration(i)*40*time.Millisecond, func() {
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println("AfterFunc order sorted:", sort.IntsAreSorted(order), len(order))

	tm := time.NewTimer(time.Hour)
	fmt.Println("stop before firing:", tm.Stop())
	tm.Reset(10 * time.Millisecond)
	<-tm.C
	fmt.Println("reset timer fired")

	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println("context:", ctx.Err())

	// 1000 goroutines each sleeping a little.
	var wg2 sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			time.Sleep(time.Duration(i%20) * time.Millisecond)
		}(i)
	}
	wg2.Wait()
	fmt.Println("1000 sleepers done; total under 20s:", time.Since(start) < 20*time.Second)
}
