package leaktest

import (
	"testing"
	"time"
)

// parked blocks until its channel closes: a goroutine In must see.
func parked(stop chan struct{}) { <-stop }

func TestIn(t *testing.T) {
	stop := make(chan struct{})
	go parked(stop)
	time.Sleep(10 * time.Millisecond)
	if got := In("leaktest.parked"); len(got) != 1 {
		t.Fatalf("a parked goroutine: %d stacks, want 1", len(got))
	}
	close(stop)
	if got := In("leaktest.parked"); len(got) != 0 {
		t.Errorf("after it ended: %d stacks left", len(got))
	}
}
