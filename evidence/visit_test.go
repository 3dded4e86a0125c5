package evidence

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/domstorage"
	"github.com/chromedp/cdproto/network"
)

// TestRecorder: events become the visit's record, in their phase, a
// cookie changed after "reject all" moves to that phase, and each kind of
// record stops at the limit and counts the rest.
func TestRecorder(t *testing.T) {
	v := &Visit{}
	r := newRecorder(v, "yritys.example", 2)
	r.page("https://www.yritys.example/")
	for i, u := range []string{"https://a.example/1", "https://b.example/2", "https://c.example/3"} {
		r.event(&network.EventRequestWillBeSent{RequestID: network.RequestID(string(rune('a' + i))), Request: &network.Request{URL: u, Method: "GET"},
			Type: network.ResourceTypeScript, DocumentURL: "https://www.yritys.example/", Initiator: &network.Initiator{Type: network.InitiatorTypeParser, URL: "https://www.yritys.example/"}})
	}
	r.event(&network.EventResponseReceived{RequestID: "a", Response: &network.Response{Status: 200, RemoteIPAddress: "127.0.0.1"}})
	r.event(&network.EventLoadingFailed{RequestID: "b", ErrorText: "net::ERR_FAILED"})
	r.snapshot([]*network.Cookie{
		{Name: "_ga", Domain: ".yritys.example", Path: "/", Value: "1", Expires: float64(time.Now().Add(400 * 24 * time.Hour).Unix())},
		{Name: "IDE", Domain: ".doubleclick.net", Path: "/", Value: "x", Session: true},
	})
	r.refused()
	r.snapshot([]*network.Cookie{
		{Name: "_ga", Domain: ".yritys.example", Path: "/", Value: "2", Expires: float64(time.Now().Add(400 * 24 * time.Hour).Unix())},
		{Name: "IDE", Domain: ".doubleclick.net", Path: "/", Value: "x", Session: true},
		{Name: "third", Domain: "x.example", Path: "/", Value: "x", Session: true},
	})
	r.event(&domstorage.EventDomStorageItemAdded{StorageID: &domstorage.StorageID{SecurityOrigin: "https://www.yritys.example", IsLocalStorage: true}, Key: "k"})
	if len(v.Requests) != 2 || v.Requests[0].Status != 200 || v.Requests[0].RemoteIP != "127.0.0.1" || v.Requests[1].Error != "net::ERR_FAILED" ||
		v.Requests[0].Initiator != "parser" || v.Requests[0].Phase != BeforeConsent {
		t.Errorf("requests %+v", v.Requests)
	}
	if len(v.Cookies) != 2 {
		t.Fatalf("cookies %+v", v.Cookies)
	}
	ga, ide := v.Cookies[0], v.Cookies[1]
	if ga.ThirdParty || !ide.ThirdParty || ga.Phase != AfterRefusal || ga.ChangedMS == 0 || ide.Phase != BeforeConsent || ide.ChangedMS != 0 || ga.Page != "https://www.yritys.example/" {
		t.Errorf("_ga %+v, IDE %+v", ga, ide)
	}
	if ga.LifetimeS < 399*24*3600 || ide.LifetimeS != 0 {
		t.Errorf("lifetimes %d, %d", ga.LifetimeS, ide.LifetimeS)
	}
	if len(v.Storage) != 1 || v.Storage[0].Phase != AfterRefusal || !v.Storage[0].Local {
		t.Errorf("storage %+v", v.Storage)
	}
	if v.Dropped != 2 || v.RefusedMS == 0 {
		t.Errorf("dropped %d, refused at %d", v.Dropped, v.RefusedMS)
	}
}
