// gobench: the Go workload of bench/run.  Goroutines passing work over
// channels, maps, sorting, encoding/json and crypto/sha256, with a
// deterministic output whatever the scheduling: results are combined in a
// fixed order.  Integer arithmetic only, so that the output does not depend
// on whether a compiler fuses multiply-adds.
//
//	gobench [SCALE]    (SCALE 1 takes well under a second natively)
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// rng is a xorshift64* generator: the same sequence on every GOARCH.
type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state >> 12
	r.state ^= r.state << 25
	r.state ^= r.state >> 27
	return r.state * 2685821657736338717
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Items    []Item            `json:"items"`
	Tags     map[string]string `json:"tags"`
	Total    int64             `json:"total_cents"`
}

type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"qty"`
	Price    int64  `json:"price_cents"`
}

var customers = []string{"ada", "brian", "claude", "dennis", "edsger", "frances",
	"grace", "hedy", "ivan", "john", "ken", "linus", "margaret", "niklaus"}

func makeOrder(r *rng, id int) Order {
	n := int(r.next()%5) + 1
	o := Order{ID: id, Customer: customers[r.next()%uint64(len(customers))],
		Tags: map[string]string{}}
	for i := 0; i < n; i++ {
		it := Item{SKU: "sku-" + strconv.FormatUint(r.next()%5000, 36),
			Quantity: int(r.next()%9) + 1, Price: int64(r.next() % 100000)}
		o.Items = append(o.Items, it)
		o.Total += int64(it.Quantity) * it.Price
	}
	o.Tags["region"] = []string{"eu", "us", "apac"}[r.next()%3]
	o.Tags["channel"] = []string{"web", "store", "phone"}[r.next()%3]
	return o
}

type batchResult struct {
	index    int
	digest   [32]byte
	revenue  map[string]int64
	skuCount map[string]int
}

// processBatch encodes a batch of orders to JSON, decodes it again, hashes the
// encoding and aggregates revenue per customer.
func processBatch(index, orders int) batchResult {
	r := &rng{state: uint64(index)*0x9E3779B97F4A7C15 + 1}
	batch := make([]Order, orders)
	for i := range batch {
		batch[i] = makeOrder(r, index*orders+i)
	}
	encoded, err := json.Marshal(batch)
	if err != nil {
		panic(err)
	}
	var decoded []Order
	if err := json.Unmarshal(encoded, &decoded); err != nil {
		panic(err)
	}
	res := batchResult{index: index, digest: sha256.Sum256(encoded),
		revenue: map[string]int64{}, skuCount: map[string]int{}}
	for _, o := range decoded {
		res.revenue[o.Customer] += o.Total
		for _, it := range o.Items {
			res.skuCount[it.SKU] += it.Quantity
		}
	}
	return res
}

// pipeline: a producer, a stage of workers and a collector joined by channels.
func pipeline(batches, orders, workers int) []batchResult {
	jobs := make(chan int)
	results := make(chan batchResult, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				results <- processBatch(b, orders)
			}
		}()
	}
	go func() {
		for b := 0; b < batches; b++ {
			jobs <- b
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	collected := make([]batchResult, 0, batches)
	for res := range results {
		collected = append(collected, res)
	}
	sort.Slice(collected, func(i, j int) bool { return collected[i].index < collected[j].index })
	return collected
}

// sortWork sorts records several ways and hashes the orders.
func sortWork(n int) string {
	r := &rng{state: 7}
	words := make([]string, n)
	nums := make([]int, n)
	for i := range words {
		words[i] = strconv.FormatUint(r.next()%1000000007, 36)
		nums[i] = int(r.next() % 1000000)
	}
	sort.Strings(words)
	sort.Ints(nums)
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	h := sha256.New()
	for i := 0; i < n; i += 13 {
		fmt.Fprintf(h, "%s:%d;", words[i], nums[i])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// hashChain hashes repeatedly, in parallel chains combined in order.
func hashChain(chains, rounds int) string {
	sums := make([][32]byte, chains)
	var wg sync.WaitGroup
	for c := 0; c < chains; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			sum := sha256.Sum256([]byte("chain " + strconv.Itoa(c)))
			for i := 0; i < rounds; i++ {
				sum = sha256.Sum256(sum[:])
			}
			sums[c] = sum
		}(c)
	}
	wg.Wait()
	h := sha256.New()
	for _, s := range sums {
		h.Write(s[:])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func main() {
	scale := 1.0
	if len(os.Args) > 1 {
		v, err := strconv.ParseFloat(os.Args[1], 64)
		if err != nil || v <= 0 {
			fmt.Fprintln(os.Stderr, "usage: gobench [SCALE]")
			os.Exit(2)
		}
		scale = v
	}
	sized := func(n int) int {
		if m := int(float64(n) * scale); m > 0 {
			return m
		}
		return 1
	}

	results := pipeline(sized(120), 200, 4)
	total := sha256.New()
	revenue := map[string]int64{}
	skus := map[string]int{}
	for _, res := range results {
		total.Write(res.digest[:])
		for k, v := range res.revenue {
			revenue[k] += v
		}
		for k, v := range res.skuCount {
			skus[k] += v
		}
	}
	fmt.Printf("batches: %d, json digest %s\n", len(results), hex.EncodeToString(total.Sum(nil))[:16])
	names := make([]string, 0, len(revenue))
	for k := range revenue {
		names = append(names, k)
	}
	sort.Strings(names)
	var lines []string
	for _, k := range names {
		lines = append(lines, fmt.Sprintf("%s=%d", k, revenue[k]))
	}
	fmt.Println("revenue:", strings.Join(lines, " "))
	type skuQty struct {
		sku string
		qty int
	}
	top := make([]skuQty, 0, len(skus))
	for k, v := range skus {
		top = append(top, skuQty{k, v})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].qty != top[j].qty {
			return top[i].qty > top[j].qty
		}
		return top[i].sku < top[j].sku
	})
	fmt.Printf("distinct skus: %d, top: %v\n", len(top), top[:5])
	fmt.Println("sort digest:", sortWork(sized(200000)))
	fmt.Println("hash chains:", hashChain(8, sized(40000)))
}
