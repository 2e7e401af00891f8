package org.policykg.web.upload;

import java.io.IOException;
import org.policykg.read.DocumentReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The upload form (admin only, with a CSRF token): the file is queued and the browser goes to its status page, which
 * reloads itself every second until the document is stored and linked, or has failed with ingest's lines.
 */
@Controller
class UploadPage {

    private final UploadQueue queue;
    private final DataSize limit;

    UploadPage(UploadQueue queue, @Value("${policykg.ingest.max-file-size:32MB}") DataSize limit) {
        this.queue = queue;
        this.limit = limit;
    }

    @GetMapping("/upload")
    String form(Model model) {
        model.addAttribute("limitMb", limit.toMegabytes());
        model.addAttribute("formats", DocumentReader.EXTENSIONS.stream().sorted().map(e -> "." + e).toList());
        return "upload";
    }

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        return "redirect:/upload/" + queue.submit(file).getId();
    }

    @GetMapping("/upload/{id}")
    String status(@PathVariable String id, Model model) {
        model.addAttribute("job", queue.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no upload " + id)));
        return "upload-status";
    }
}
